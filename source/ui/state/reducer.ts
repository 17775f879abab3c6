// The one place UI state changes. Commands come from the input router; what a command means can
// depend on the mode and on which pane has the focus.
import type {Action, Anchor, Focus, Size, State} from './types.ts';
import type {Command, Mode} from '../input/keymap.ts';
import {completeView, type View} from '../view/view.ts';
import type {Report} from '../../model/report.ts';
import {TABS, tabIndex, type TabId} from '../view/tabs.ts';
import {helpRows} from '../view/help.ts';
import {compare, type Layout, type Place} from '../view/rows.ts';
import type {Block} from '../view/documents.ts';
import {clearSearch, isSearchCommand, searchCommand, searchModeCommand, searchReducer, type Nav} from './search.ts';
import {initialSearch} from './search-types.ts';
import {route} from '../input/router.ts';
import {mouseReducer, type MouseMoves} from './mouse.ts';
import {initialPipe} from './pipe-types.ts';
import {closePrompt, isPipeCommand, leaveWholeReport, openPrompt, pipeCommand, pipeModeCommand, pipeReducer} from './pipe.ts';
import {applyEdit, fitLine, LINE_MAX} from './line-edit.ts';
import {indexOfTarget} from '../view/matches.ts';
import {maxReaderTop, selectDoc, selectGeometry, selectLayout, selectList, selectReaderTop, selectTarget} from './selectors.ts';

const perTab = <T>(value: () => T): Record<TabId, T> => ({sections: value(), measures: value(), attendees: value(), terms: value()});

export function initialState(view: View, size: Size, colour = true, fromPicker = false, library: {section?: number; timelines?: boolean; compares?: boolean} = {}): State {
	const state: State = {
		view,
		size,
		colour,
		mode: 'normal',
		tab: 'sections',
		focus: 'list',
		selected: perTab(() => 0),
		listTop: perTab(() => 0),
		anchor: perTab(() => ({block: 0, offset: 0})),
		hit: perTab(() => -1),
		sectionMark: perTab(() => null),
		helpTop: 0,
		message: null,
		quit: false,
		fromPicker,
		back: false,
		timelines: library.timelines ?? false,
		timeline: null,
		compares: library.compares ?? false,
		compare: false,
		interrupted: false,
		search: initialSearch(),
		pipe: initialPipe(),
		terminal: null,
	};
	for (const tab of TABS) state.anchor[tab.id] = homeAnchor({...state, tab: tab.id});
	// Opened at a section (a search across the library pointed there): select it, read it.
	const at = library.section === undefined ? -1 : view.report.sections.findIndex(x => x.id === library.section);
	return at >= 0 ? {...select(state, at), focus: 'reader'} : state;
}

const withTab = <T>(record: Record<TabId, T>, tab: TabId, value: T): Record<TabId, T> => ({...record, [tab]: value});

function anchorAt(s: State, place: Place): Anchor {
	return selectLayout(s).anchorOf(place);
}

/** Where the reader opens for the selected item: its home block, with a measure's item in view. */
function homeAnchor(s: State): Anchor {
	const doc = selectDoc(s);
	const home: Anchor = {block: doc.home, offset: 0};
	if (selectTarget(s)?.kind !== 'measure' || doc.hits.length === 0) return home;
	const layout = selectLayout(s);
	const hitPlace = layout.placeOf(doc.hits[0].block, doc.hits[0].start);
	const homePlace = layout.placeOf(home.block, 0);
	const height = selectGeometry(s).bodyRows;
	if (layout.distance(homePlace, hitPlace, height) < height - 1) return home;
	return anchorAt(s, layout.back(hitPlace, 2));
}

/** The browser opened at a place (from the Compare view): its section selected, the reader on it. */
export function openAt(s: State, place: {section: number; offset: number}): State {
	const index = s.view.sections.findIndex(section => section.id === place.section);
	if (index < 0 || s.tab !== 'sections') return s;
	const t = select(s, index);
	const block = selectDoc(t).blocks.findIndex(b => b.kind === 'text' && b.section === place.section);
	if (block < 0) return t;
	// One row of the text above the place, as a search hit opens.
	const layout = selectLayout(t);
	const top = layout.back(layout.placeOf(block, place.offset), 1);
	return keepListSelectionVisible({...t, focus: 'reader', anchor: withTab(t.anchor, 'sections', anchorAt(t, top))});
}

function keepListSelectionVisible(s: State): State {
	const list = selectList(s);
	const height = selectGeometry(s).bodyRows;
	const entry = list.items[s.selected[s.tab]] ?? 0;
	let top = s.listTop[s.tab];
	// Keep the group heading above the first item of a group in view too.
	const first = list.entries[entry - 1]?.kind === 'group' ? entry - 1 : entry;
	if (first < top) top = first;
	if (entry >= top + height) top = entry - height + 1;
	top = Math.max(0, Math.min(top, Math.max(0, list.entries.length - height)));
	return top === s.listTop[s.tab] ? s : {...s, listTop: withTab(s.listTop, s.tab, top)};
}

function select(s: State, index: number): State {
	const count = selectList(s).items.length;
	const next = Math.max(0, Math.min(index, count - 1));
	if (count === 0 || next === s.selected[s.tab]) return s;
	let t: State = {...s, selected: withTab(s.selected, s.tab, next), hit: withTab(s.hit, s.tab, -1), sectionMark: withTab(s.sectionMark, s.tab, null)};
	t = {...t, anchor: withTab(t.anchor, t.tab, homeAnchor(t))};
	return keepListSelectionVisible(t);
}

/** The sections list follows the reader: scrolling the report selects the section on top. */
function followReader(s: State): State {
	if (s.tab !== 'sections') return s;
	const row = selectLayout(s).rowAt(selectReaderTop(s));
	// Found in the list as shown: a filter may have left only some sections in it.
	const list = selectList(s);
	const index = list.items.findIndex(e => {
		const target = list.entries[e].target;
		return target?.kind === 'section' && target.id === row?.section;
	});
	if (index < 0 || index === s.selected.sections) return s;
	return keepListSelectionVisible({...s, selected: withTab(s.selected, 'sections', index)});
}

function scrollTo(s: State, place: Place, edgeMessage?: string): State {
	const max = maxReaderTop(s);
	const top = compare(place, max) > 0 ? max : place;
	if (compare(top, selectReaderTop(s)) === 0) return edgeMessage ? {...s, message: edgeMessage} : s;
	return followReader({...s, anchor: withTab(s.anchor, s.tab, anchorAt(s, top)), sectionMark: withTab(s.sectionMark, s.tab, null)});
}

/** `delta` rows down (or up), saying so at either end of the text when `edges` asks. */
function scrollBy(s: State, delta: number, edges = true): State {
	const layout = selectLayout(s);
	const top = selectReaderTop(s);
	const edgeMessage = edges ? (delta > 0 ? 'End of the text.' : 'Top of the text.') : undefined;
	return scrollTo(s, delta > 0 ? layout.forward(top, delta) : layout.back(top, -delta), edgeMessage);
}

const titleCache = new WeakMap<Block[], number[]>();

/** The blocks that are a section's title, in order (laid out or not). */
function titleBlocks(blocks: Block[]): number[] {
	let titles = titleCache.get(blocks);
	if (!titles) {
		titles = [];
		for (let b = 0; b < blocks.length; b++) if (blocks[b].kind === 'title' && blocks[b].section !== null && blocks[b].section! > 0) titles.push(b);
		titleCache.set(blocks, titles);
	}
	return titles;
}

/** The stop for a section title: one row above it, where the blank row keeps sections apart. */
const titleStop = (layout: Layout, block: number): Place => layout.back({block, row: 0}, 1);

/**
 * { and }: from section to section of what the reader shows, each title one row below the top.
 * The last sections fit on one screen and cannot each come to the top: the reader stays at the
 * end, and the section gone to is marked, so the status (and the sections list) names it.
 */
function jumpSection(s: State, direction: 1 | -1): State {
	const layout = selectLayout(s);
	const top = selectReaderTop(s);
	const blocks = selectDoc(s).blocks;
	const titles = titleBlocks(blocks);
	const stop = (i: number) => titleStop(layout, titles[i]);
	const marked = s.sectionMark[s.tab];
	const height = selectGeometry(s).bodyRows;
	const markedAt = marked === null ? -1 : titles.findIndex(b => blocks[b].section === marked && layout.shows(top, height, {block: b, row: 0}));
	// Where the reader is: the marked section, else the last whose stop is at or above the top
	// (found by halves: the stops come in the order of the text, and only those looked at are laid out).
	let current = markedAt;
	if (current < 0) {
		let lo = 0;
		let hi = titles.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (compare(stop(mid), top) <= 0) {
				current = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
	}
	let next: number;
	if (direction > 0) next = current + 1;
	// { goes back to the start of the section the reader is in before it goes to the one before.
	else next = current >= 0 && markedAt < 0 && compare(stop(current), top) < 0 ? current : current - 1;
	if (next < 0 || next >= titles.length) return {...s, message: direction > 0 ? 'No later section.' : 'No earlier section.'};
	const moved = scrollTo(s, stop(next));
	return markSection(moved, blocks[titles[next]].section!);
}

/** Mark `section` as the one the reader is at; the sections list selects it too. */
function markSection(s: State, section: number): State {
	let t: State = {...s, sectionMark: withTab(s.sectionMark, s.tab, section)};
	if (t.tab !== 'sections') return t;
	const list = selectList(t);
	const index = list.items.findIndex(e => {
		const target = list.entries[e].target;
		return target?.kind === 'section' && target.id === section;
	});
	if (index >= 0 && index !== t.selected.sections) t = keepListSelectionVisible({...t, selected: withTab(t.selected, 'sections', index)});
	return t;
}

function nextHit(s: State): State {
	const doc = selectDoc(s);
	if (doc.hits.length === 0) {
		const kind = selectTarget(s)?.kind;
		const message = kind === 'section' ? null : kind === 'measure' ? 'This item could not be placed in its section.' : 'No occurrence to jump to.';
		return {...s, focus: 'reader', message};
	}
	const target = selectTarget(s);
	const next = target?.kind === 'measure' ? 0 : (s.hit[s.tab] + 1) % doc.hits.length;
	const wrapped = next === 0 && s.hit[s.tab] >= 0 && target?.kind !== 'measure';
	const hit = doc.hits[next];
	const layout = selectLayout(s);
	const place = layout.back(layout.placeOf(hit.block, hit.start), 2);
	const t = {...s, focus: 'reader' as Focus, hit: withTab(s.hit, s.tab, next), message: wrapped ? 'Back at the first occurrence.' : null};
	return {...t, anchor: withTab(t.anchor, t.tab, anchorAt(t, place))};
}

function switchTab(s: State, tab: TabId): State {
	return tab === s.tab ? s : {...s, tab, focus: 'list', message: null};
}

function pageRows(s: State, half: boolean): number {
	const height = selectGeometry(s).bodyRows;
	return half ? Math.max(1, Math.floor(height / 2)) : Math.max(1, height - 1);
}

function helpCommand(s: State, command: Command): State {
	const max = Math.max(0, helpRows(selectGeometry(s).cols).length - selectGeometry(s).bodyRows);
	const scroll = (to: number) => ({...s, helpTop: Math.max(0, Math.min(max, to))});
	switch (command) {
		case 'help':
		case 'back':
		case 'quit':
			return {...s, mode: 'normal' as Mode};
		case 'interrupt':
			return {...s, quit: true};
		case 'down':
			return scroll(s.helpTop + 1);
		case 'up':
			return scroll(s.helpTop - 1);
		case 'pageDown':
		case 'halfDown':
			return scroll(s.helpTop + pageRows(s, command === 'halfDown'));
		case 'pageUp':
		case 'halfUp':
			return scroll(s.helpTop - pageRows(s, command === 'halfUp'));
		case 'top':
			return scroll(0);
		case 'bottom':
			return scroll(max);
		default:
			return s;
	}
}

function normalCommand(s: State, command: Command): State {
	const inList = s.focus === 'list';
	if (isPipeCommand(command)) return pipeCommand(s, command);
	s = leaveWholeReport(s);
	if (isSearchCommand(command)) return searchCommand(s, command, NAV);
	if (command === 'back') {
		const cleared = clearSearch(s, NAV);
		if (cleared) return cleared;
	}
	switch (command) {
		case 'interrupt':
		case 'quit':
			return {...s, quit: true};
		// Handled before any mode (reducer, 'command'): the terminal's, not the panes'.
		case 'suspend':
		case 'redraw':
			return s;
		case 'help':
			return {...s, mode: 'help', helpTop: 0};
		case 'down':
		case 'up': {
			const delta = command === 'down' ? 1 : -1;
			return inList ? select(s, s.selected[s.tab] + delta) : scrollBy(s, delta);
		}
		case 'top':
			return inList ? select(s, 0) : scrollTo(s, selectLayout(s).first());
		case 'bottom':
			return inList ? select(s, selectList(s).items.length - 1) : scrollTo(s, maxReaderTop(s));
		case 'pageDown':
		case 'halfDown':
			return scrollBy(s, pageRows(s, command === 'halfDown'));
		case 'pageUp':
		case 'halfUp':
			return scrollBy(s, -pageRows(s, command === 'halfUp'));
		case 'goTo':
			return openPrompt(s, 'goto', 'focused', '');
		case 'prevSection':
			return jumpSection(s, -1);
		case 'nextSection':
			return jumpSection(s, 1);
		case 'nextTab':
		case 'prevTab': {
			const step = command === 'nextTab' ? 1 : TABS.length - 1;
			return switchTab(s, TABS[(tabIndex(s.tab) + step) % TABS.length].id);
		}
		case 'tab1':
		case 'tab2':
		case 'tab3':
		case 'tab4':
			return switchTab(s, TABS[Number(command.slice(3)) - 1].id);
		case 'focusList':
			return {...s, focus: 'list'};
		case 'focusReader':
			return {...s, focus: 'reader'};
		case 'open':
			return nextHit(s);
		case 'compare':
			// From the Compare view, the report is already one side of a comparison.
			if (!s.compares) return {...s, message: 'c compares a report opened on its own; Esc goes back to the comparison.'};
			return {...s, quit: true, compare: true};
		case 'mark':
		case 'oldSide':
		case 'newSide':
			// The picker's and the Compare view's: not bound in the browser.
			return s;
		case 'back':
			if (inList) return s.fromPicker ? {...s, quit: true, back: true} : s;
			return {...s, focus: 'list'};
		case 'timeline':
			return timeline(s);
	}
}

/** T: the term's, person's or body's name, handed to the library, which shows its timeline. */
function timeline(s: State): State {
	if (!s.timelines) return {...s, message: 'Timelines are shown across a library: open a folder (plenum DIR).'};
	const target = selectTarget(s);
	const report = s.view.report;
	const named = target?.kind === 'term' ? report.terms[target.index]?.text : target?.kind === 'person' ? report.people[target.index]?.name : target?.kind === 'body' ? report.bodies[target.index]?.name : undefined;
	if (!named) return {...s, message: 'T shows the timeline of a term, person or body: choose one in tab 3 or 4.'};
	return {...s, quit: true, timeline: {name: named, person: target?.kind === 'person'}};
}

/**

 * A paste is text, never keys: it goes into an open prompt as one line (a line break would run a
 * command half pasted) and is ignored anywhere else, where its letters would act as commands.
 */
function paste(s: State, pasted: string): State {
	const text = pasted.replace(/\r\n?|\n|\t/g, ' ').replace(/[\x00-\x1f\x7f-\x9f]/g, '');
	if (text === '') return s;
	const used = s.mode === 'search' ? (s.search.prompt?.text.length ?? 0) : (s.pipe.prompt?.text.length ?? 0);
	// A prompt holds LINE_MAX characters (state/line-edit.ts): a paste past it says it was cut.
	const cut = fitLine(text, used).length < text.length ? {message: `A prompt holds ${LINE_MAX.toLocaleString('en')} characters: the paste was cut.`} : {};
	if (s.mode === 'search') return {...searchReducer(s, {type: 'searchInput', edit: {insert: text}}, NAV), ...cut};
	if (s.mode === 'prompt') return {...pipeReducer(s, {kind: 'edit', edits: [{insert: text}], submit: false}), ...cut};
	return s;
}

/**
 * The extractors are done: the tabs that waited for them start afresh (their lists were empty);
 * the sections, laid out and read all along, stay where they are.
 */
function withReport(s: State, report: Report): State {
	let t: State = {...s, view: completeView(s.view, report)};
	for (const {id} of TABS) {
		if (id === 'sections') continue;
		t = {...t, selected: withTab(t.selected, id, 0), listTop: withTab(t.listTop, id, 0), hit: withTab(t.hit, id, -1), sectionMark: withTab(t.sectionMark, id, null)};
		t = {...t, anchor: withTab(t.anchor, id, homeAnchor({...t, tab: id}))};
	}
	return t;
}

export function reducer(s: State, action: Action): State {
	switch (action.type) {
		case 'report':
			return s.view.complete ? s : withReport(s, action.report);
		case 'reportFailed':
			return s.view.complete ? s : {...withReport(s, {...s.view.report}), message: `Measures, attendees and terms could not be read: ${action.message}`};
		case 'resize': {
			if (action.size.cols === s.size.cols && action.size.rows === s.size.rows) return s;
			// Each reader's anchor is a place in the text (block, character offset), shown on the top
			// row, or as near the top as the end of the text allows. A resize never moves it: the
			// reader may show it lower for a while (a tall terminal near the end of the text), and
			// any sequence of sizes comes back to exactly the same place.
			let t: State = {...s, size: action.size};
			for (const tab of TABS) t = keepListSelectionVisible({...t, tab: tab.id});
			const helpMax = Math.max(0, helpRows(selectGeometry(t).cols).length - selectGeometry(t).bodyRows);
			return {...t, tab: s.tab, helpTop: Math.min(t.helpTop, helpMax)};
		}
		case 'clearMessage':
			return s.message === null ? s : {...s, message: null};
		case 'key': {
			// Keys typed faster than a frame arrive as one read: an Enter inside it ends a prompt,
			// and what follows belongs to the mode that Enter leads to (`bbzl⏎n` keeps the search,
			// then moves to the next match).
			const pieces = action.input.length > 1 && !action.key.ctrl && !action.key.meta ? action.input.split(/(\r\n?|\n)/).filter(Boolean) : [];
			if (pieces.length > 1) return pieces.reduce((t, piece) => reducer(t, {type: 'key', input: /^[\r\n]/.test(piece) ? '\r' : piece, key: {...action.key, return: /^[\r\n]/.test(piece)}}), s);
			return route(s.mode, action.input, action.key).reduce(reducer, s);
		}
		case 'paste':
			return paste(s, action.text);
		case 'mouse':
			return mouseReducer(s, action.event, MOUSE);
		case 'searchIndex':
		case 'searchInput':
			return searchReducer(s, action, NAV);
		case 'pipe': {
			// The `:` prompt is edited as the pipe prompt is; its Enter goes to the section.
			const prompt = s.pipe.prompt;
			if (prompt?.kind === 'goto' && action.event.kind === 'edit' && action.event.submit) return goTo(s, action.event.edits.reduce(applyEdit, prompt).text);
			return pipeReducer(s, action.event);
		}
		case 'command': {
			if (action.command === 'suspend' || action.command === 'redraw') return {...s, terminal: {id: (s.terminal?.id ?? 0) + 1, kind: action.command}};
			const t = s.message === null ? s : {...s, message: null};
			const next = commandInMode(t, action.command);
			// Ctrl-C that ends the browser (rather than closing a prompt or stopping a command).
			return action.command === 'interrupt' && next.quit && !s.quit ? {...next, interrupted: true} : next;
		}
	}
}

function commandInMode(s: State, command: Command): State {
	if (s.mode === 'prompt' && s.pipe.prompt?.kind === 'goto' && command === 'open') return goTo(s, s.pipe.prompt.text);
	if (s.mode === 'prompt' || s.mode === 'output') return pipeModeCommand(s, command);
	if (s.mode === 'search' || s.mode === 'results') return searchModeCommand(s, command, NAV);
	return s.mode === 'help' ? helpCommand(s, command) : normalCommand(s, command);
}

/**
 * `:N` Enter: the reader at §N (the digits alone switch tabs). N may come as an input method
 * sends it (１２, §12); a number the report has no section for is said so.
 */
function goTo(s: State, typed: string): State {
	const closed = closePrompt(s);
	const entry = typed.normalize('NFKC').replace(/^\s*§?\s*|\s+$/g, '');
	if (entry === '') return closed;
	const count = s.view.sections.length;
	const n = /^\d+$/.test(entry) ? Number(entry) : NaN;
	if (!(n >= 1 && n <= count)) return {...closed, message: `No section ${entry}: the report has ${count} section${count === 1 ? '' : 's'}.`};
	let t: State = {...closed, tab: 'sections', sectionMark: withTab(closed.sectionMark, 'sections', null)};
	const target = {kind: 'section', id: n} as const;
	// A sections filter that hides §N gives way.
	if (indexOfTarget(selectList(t), target) < 0) {
		const filters = {...t.search.filters};
		delete filters.sections;
		t = {...t, search: {...t.search, filters}};
	}
	t = select({...t, selected: withTab(t.selected, 'sections', -1)}, indexOfTarget(selectList(t), target));
	return {...t, focus: 'reader', anchor: withTab(t.anchor, 'sections', homeAnchor(t))};
}

/** The moves search borrows, so scrolling and selecting keep one set of rules. */
const NAV: Nav = {scrollTo, select, open: nextHit};

/** What the mouse does, in terms of what the keys do. */
const MOUSE: MouseMoves = {command: (s, command) => reducer(s, {type: 'command', command}), select, scrollBy: (s, rows) => scrollBy(s, rows, false)};
