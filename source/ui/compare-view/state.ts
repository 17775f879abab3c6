// The Compare view's state and its one reducer: which tab, which difference on each tab, the first
// line shown, which report Enter opens, and how the view ends (quit, back, or open a place).
import type {Command} from '../input/keymap.ts';
import {COMPARE_TABS, placeFor, selectable, type CompareTab, type TextPlace, type Side, type TabItems} from './items.ts';
import {layout, type Layout} from './layout.ts';

export interface CompareSize {
	cols: number;
	rows: number;
}

/** How the view ends; a quit by Ctrl-C is `interrupted` (plenum exits 130, as the browser does). */
export type Outcome = {kind: 'quit'; interrupted?: boolean} | {kind: 'back'} | {kind: 'open'; side: Side; place: TextPlace};

export interface CompareState {
	items: TabItems;
	size: CompareSize;
	tab: CompareTab;
	/** Index into the tab's selectable items. */
	selected: Record<CompareTab, number>;
	top: Record<CompareTab, number>;
	side: Side;
	help: boolean;
	message: string | null;
	outcome: Outcome | null;
	/** Whether Esc has somewhere to go back to (the picker, the browser). */
	canGoBack: boolean;
	colour: boolean;
}

/** Rows above and below the list: two title lines, the tab bar, the column header; the status line. */
export const CHROME = 5;

const perTab = <T>(value: T): Record<CompareTab, T> => ({terms: value, measures: value, attendees: value, text: value});

export function initialCompareState(items: TabItems, size: CompareSize, options: {canGoBack?: boolean; colour?: boolean} = {}): CompareState {
	const first = COMPARE_TABS.find(t => selectable(items[t.id]).length > 0)?.id ?? 'text';
	return {items, size, tab: first, selected: perTab(0), top: perTab(0), side: 'new', help: false, message: null, outcome: null, canGoBack: options.canGoBack ?? false, colour: options.colour ?? true};
}

const layouts = new WeakMap<object, Map<string, Layout>>();

export function selectLayout(s: CompareState, tab: CompareTab = s.tab): Layout {
	const items = s.items[tab];
	let byWidth = layouts.get(items);
	if (!byWidth) layouts.set(items, (byWidth = new Map()));
	const key = String(s.size.cols);
	let found = byWidth.get(key);
	if (!found) byWidth.set(key, (found = layout(items, s.size.cols)));
	return found;
}

/** The frame is one row shorter than the terminal: Ink 6 clears the screen on every frame as tall as it. */
export function bodyRows(s: CompareState): number {
	return Math.max(1, s.size.rows - 1 - CHROME);
}

/** The tab's selected item, as an index into its items, or -1 when it has none. */
export function selectedItem(s: CompareState, tab: CompareTab = s.tab): number {
	const indexes = selectable(s.items[tab]);
	return indexes.length ? indexes[Math.min(s.selected[tab], indexes.length - 1)] : -1;
}

/** Scrolls so the selected item is in view, with the heading above it when that fits. */
function reveal(s: CompareState): CompareState {
	const item = selectedItem(s);
	if (item < 0) return s;
	const {starts, heights, lines} = selectLayout(s);
	const height = bodyRows(s);
	let top = s.top[s.tab];
	const start = s.items[s.tab][item - 1]?.heading !== undefined ? starts[item - 1] : starts[item];
	const end = starts[item] + heights[item];
	if (end > top + height) top = Math.min(starts[item], end - height);
	if (start < top || starts[item] < top) top = starts[item] - start <= height - heights[item] ? start : starts[item];
	top = Math.max(0, Math.min(top, Math.max(0, lines.length - height)));
	return top === s.top[s.tab] ? s : {...s, top: {...s.top, [s.tab]: top}};
}

function selectIndex(s: CompareState, index: number): CompareState {
	const count = selectable(s.items[s.tab]).length;
	if (count === 0) return s;
	const next = Math.max(0, Math.min(index, count - 1));
	return reveal({...s, selected: {...s.selected, [s.tab]: next}});
}

/** Moves the selection by about a page: to the first item at least a page of lines away. */
function page(s: CompareState, direction: 1 | -1): CompareState {
	const indexes = selectable(s.items[s.tab]);
	if (indexes.length === 0) return s;
	const {starts} = selectLayout(s);
	const from = starts[indexes[s.selected[s.tab]]];
	const goal = from + direction * bodyRows(s);
	let k = s.selected[s.tab];
	while (k + direction >= 0 && k + direction < indexes.length && (direction > 0 ? starts[indexes[k]] < goal : starts[indexes[k]] > goal)) k += direction;
	return selectIndex(s, k);
}

function switchTab(s: CompareState, tab: CompareTab): CompareState {
	return reveal({...s, tab, message: null});
}

export function resizeCompare(s: CompareState, size: CompareSize): CompareState {
	return reveal({...s, size});
}

/** A command of the keymap's 'compare' mode; any other leaves the state as it is. */
export function compareReducer(s: CompareState, command: Command): CompareState {
	if (s.help) {
		if (command === 'quit' || command === 'interrupt') return {...s, outcome: {kind: 'quit', interrupted: command === 'interrupt'}};
		if (command === 'help' || command === 'back') return {...s, help: false};
		return s;
	}
	const tabAt = COMPARE_TABS.findIndex(t => t.id === s.tab);
	switch (command) {
		case 'down':
			return selectIndex(s, s.selected[s.tab] + 1);
		case 'up':
			return selectIndex(s, s.selected[s.tab] - 1);
		case 'pageDown':
			return page(s, 1);
		case 'pageUp':
			return page(s, -1);
		case 'top':
			return selectIndex(s, 0);
		case 'bottom':
			return selectIndex(s, Number.MAX_SAFE_INTEGER);
		case 'nextTab':
			return switchTab(s, COMPARE_TABS[(tabAt + 1) % COMPARE_TABS.length].id);
		case 'prevTab':
			return switchTab(s, COMPARE_TABS[(tabAt + COMPARE_TABS.length - 1) % COMPARE_TABS.length].id);
		case 'tab1':
		case 'tab2':
		case 'tab3':
		case 'tab4':
			return switchTab(s, COMPARE_TABS[Number(command.slice(3)) - 1].id);
		case 'oldSide':
			return {...s, side: 'old', message: null};
		case 'newSide':
			return {...s, side: 'new', message: null};
		case 'open': {
			const item = s.items[s.tab][selectedItem(s)];
			const target = item ? placeFor(item, s.side) : null;
			if (!target) return {...s, message: 'Nothing to open here.'};
			return {...s, outcome: {kind: 'open', ...target}};
		}
		case 'back':
			return s.canGoBack ? {...s, outcome: {kind: 'back'}} : {...s, message: 'q quits.'};
		case 'help':
			return {...s, help: true};
		case 'quit':
		case 'interrupt':
			return {...s, outcome: {kind: 'quit', interrupted: command === 'interrupt'}};
		default:
			return s;
	}
}
