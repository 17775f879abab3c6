// The mouse (SGR 1006, read by terminal/decode.ts): the wheel scrolls the pane under the pointer,
// a click selects a tab or a list row, a double click opens the row. Each maps to what the keys
// already do, so the mouse follows the same rules; prompts ignore it.
import type {State} from './types.ts';
import type {Command} from '../input/keymap.ts';
import type {MouseEvent} from '../terminal/decode.ts';
import {selectGeometry, selectList} from './selectors.ts';
import {TABS, tabAt, type TabId} from '../view/tabs.ts';
import {tabCount} from '../view/lists.ts';
import {resultRows} from './search-results.ts';

/** Rows one notch of the wheel moves. */
export const WHEEL_ROWS = 3;

export interface MouseMoves {
	command(s: State, command: Command): State;
	select(s: State, index: number): State;
	scrollBy(s: State, rows: number): State;
}

export function mouseReducer(s: State, e: MouseEvent, moves: MouseMoves): State {
	const g = selectGeometry(s);
	if (g.tooSmall || e.action === 'drag') return s;
	const bodyTop = g.headerRows + 1;
	const inBody = e.row >= bodyTop && e.row < bodyTop + g.bodyRows;
	const wheel = e.button === 'wheelUp' || e.button === 'wheelDown' ? (e.button === 'wheelDown' ? 1 : -1) : 0;

	// Overlays in place of the panes: the wheel scrolls them as ↑/↓ do; clicks choose a result.
	if (s.mode === 'help' || s.mode === 'output' || s.mode === 'results') {
		if (wheel) {
			let t = s;
			for (let i = 0; i < WHEEL_ROWS; i++) t = moves.command(t, wheel > 0 ? 'down' : 'up');
			return t;
		}
		if (s.mode === 'results' && e.button === 'left' && e.action === 'press' && inBody && s.search.results) {
			const results = s.search.results;
			const row = e.row - bodyTop - 1;
			const top = Math.max(Math.min(results.top, results.selected), results.selected - resultRows(s) + 1);
			if (row < 0 || top + row >= results.hits.length) return s;
			let t = s;
			const target = top + row;
			const steps = target - results.selected;
			for (let i = 0; i < Math.abs(steps); i++) t = moves.command(t, steps > 0 ? 'down' : 'up');
			return e.clicks >= 2 ? moves.command(t, 'open') : t;
		}
		return s;
	}
	if (s.mode !== 'normal') return s;

	const overList = e.col < g.listWidth;
	if (wheel) {
		if (inBody && overList) return moves.select({...s, focus: 'list'}, s.selected[s.tab] + wheel * WHEEL_ROWS);
		return moves.scrollBy({...s, focus: 'reader'}, wheel * WHEEL_ROWS);
	}
	if (e.button !== 'left' || e.action !== 'press') return s;
	if (e.row === g.headerRows) {
		const counts = Object.fromEntries(TABS.map(t => [t.id, tabCount(s.view, t.id)])) as Record<TabId, number>;
		const tab = tabAt(counts, g.cols, e.col);
		return tab && tab !== s.tab ? moves.command(s, `tab${TABS.findIndex(t => t.id === tab) + 1}` as Command) : s;
	}
	if (!inBody) return s;
	if (!overList) return e.col > g.listWidth ? {...s, focus: 'reader'} : s;
	const list = selectList(s);
	const entry = s.listTop[s.tab] + (e.row - bodyTop);
	const item = list.items.indexOf(entry);
	if (item < 0) return s;
	const t = moves.select({...s, focus: 'list'}, item);
	// A double click opens the row, as Enter does: the reader goes to the item.
	return e.clicks >= 2 ? moves.command(t, 'open') : t;
}
