// The rows of the browser's main screen as styled segments and the width each fills. The Ink
// components draw these; the first screen is painted from the same rows before Ink has loaded
// (first-screen.ts), so the two cannot drift apart.
import type {State} from '../state/types.ts';
import {selectGeometry, selectList, selectPosition, selectVisibleRows} from '../state/selectors.ts';
import {selectListNeedles, selectMatchStatus, selectReaderMarks} from '../state/search-selectors.ts';
import {selectOutputGeometry, selectOutputRows, selectOutputTop} from '../state/pipe-selectors.ts';
import {markSegments} from '../view/matches.ts';
import type {Cell, ListEntry} from '../view/lists.ts';
import type {Mark} from '../view/documents.ts';
import type {Row} from '../view/rows.ts';
import type {Segment} from '../view/segments.ts';
import type {ViewMeta} from '../view/view.ts';
import {TABS, tabLabels, type TabId} from '../view/tabs.ts';
import type {StyleName} from './theme.ts';
import {displayWidth, truncate} from '../../text/width.ts';

/** One pane's part of a screen row: its segments are fitted to `width`, padded in `fill`. */
export interface PaneLine {
	segments: Segment<StyleName>[];
	width: number;
	fill?: StyleName;
}

/** The header's two rows: the title with the date on its right, then source and meeting. */
export function headerLines(meta: ViewMeta, width: number): PaneLine[][] {
	const date = meta.date ?? '';
	const dateWidth = date ? displayWidth(date) + 2 : 0;
	const titleWidth = Math.max(1, width - dateWidth);
	const second = [meta.source ? `来源 ${meta.source}` : null, meta.meeting].filter(Boolean).join('  ·  ');
	const first: PaneLine[] = [{segments: [{text: ' ' + meta.title, style: 'heading'}], width: titleWidth}];
	if (date) first.push({segments: [{text: date + ' ', style: 'dim'}], width: Math.min(dateWidth, width - titleWidth)});
	return [first, [{segments: [{text: ' ' + second, style: 'dim'}], width}]];
}

/** Sections · Measures · Attendees · Terms with their counts (null: still being read, shown as …). */
export function tabLine(active: TabId, counts: Record<TabId, number | null>, width: number): PaneLine {
	const segments = tabLabels(counts, width).map((text, i): Segment<StyleName> => ({text, style: TABS[i].id === active ? 'tabActive' : 'tab'}));
	return {segments, width};
}

/**
 * The cells of a row fitted to `width` by cutting the shrinkable cell first (a person's roles, so
 * the name after them shows); what still does not fit is cut at the end, as every row is.
 */
export function shrinkCells(cells: Cell[], width: number): Cell[] {
	const total = cells.reduce((w, c) => w + displayWidth(c.text), 0);
	const at = cells.findIndex(c => c.shrink);
	if (total <= width || at < 0) return cells;
	const shrinkable = cells[at];
	const room = displayWidth(shrinkable.text) - (total - width);
	// A leading space stays as the gap before the row's text; the cut ends in … and a space.
	const lead = shrinkable.text.startsWith(' ') ? ' ' : '';
	const text = room >= lead.length + 3 ? lead + truncate(shrinkable.text.slice(lead.length).trimEnd(), room - lead.length - 1) + ' ' : lead;
	return cells.map((c, i) => (i === at ? {...c, text} : c));
}

function entrySegments(entry: ListEntry, selected: boolean, focused: boolean, width: number): Segment<StyleName>[] {
	const mark: Segment<StyleName> = {text: selected ? '>' : ' ', style: selected ? 'heading' : 'plain'};
	const cells = shrinkCells(entry.cells, width - 1).map((c: Cell): Segment<StyleName> => ({text: c.text, style: selected ? (focused ? 'selected' : 'selectedIdle') : c.style}));
	return entry.kind === 'group' ? [{text: ' ', style: 'plain'}, ...cells] : [mark, ...cells];
}

/** The list pane: the active tab's items from the top of its window. The selected one has a > too. */
export function listLines(state: State): PaneLine[] {
	const {bodyRows, listWidth} = selectGeometry(state);
	const list = selectList(state);
	const top = state.listTop[state.tab];
	const selectedEntry = list.items[state.selected[state.tab]];
	const focused = state.focus === 'list' && state.mode === 'normal';
	const needles = selectListNeedles(state);
	return Array.from({length: bodyRows}, (_, i): PaneLine => {
		const index = top + i;
		const entry = list.entries[index];
		const selected = index === selectedEntry;
		const fill: StyleName = selected && focused ? 'selected' : 'plain';
		return {segments: entry ? markSegments(entrySegments(entry, selected, focused, listWidth), needles(entry), 'hit') : [], width: listWidth, fill};
	});
}

/** The rule between the panes: bold when the reader has the keys. */
export function dividerLine(state: State): PaneLine {
	const readerFocused = state.focus === 'reader';
	return {segments: [{text: '│', style: readerFocused ? 'heading' : 'rule'}], width: 1};
}

const KIND_STYLE: Record<Row['kind'], StyleName> = {title: 'title', text: 'plain', blank: 'plain', note: 'note'};

/** Split a row at the hits that overlap it; the current hit is drawn stronger than the rest. */
export function rowSegments(row: Row, hits: Mark[], current: number): Segment<StyleName>[] {
	const base = KIND_STYLE[row.kind];
	const segments: Segment<StyleName>[] = [{text: ' ', style: 'plain'}];
	let at = row.start;
	hits.forEach((hit, i) => {
		if (hit.block !== row.block || hit.end <= row.start || hit.start >= row.end) return;
		const from = Math.max(hit.start, row.start);
		const to = Math.min(hit.end, row.end);
		if (from > at) segments.push({text: row.text.slice(at - row.start, from - row.start), style: base});
		segments.push({text: row.text.slice(from - row.start, to - row.start), style: i === current ? 'currentHit' : 'hit'});
		at = to;
	});
	if (at < row.end) segments.push({text: row.text.slice(at - row.start), style: base});
	return segments;
}

/** The reader pane: the focused item's document, only the rows that fit, occurrences marked. */
export function readerLines(state: State): PaneLine[] {
	const {bodyRows, readerWidth} = selectGeometry(state);
	const rows = selectVisibleRows(state);
	const {hits, current} = selectReaderMarks(state);
	return Array.from({length: bodyRows}, (_, i): PaneLine => {
		const row = rows[i];
		return {segments: row ? rowSegments(row, hits, current) : [], width: readerWidth};
	});
}

/** The status bar's left part and hints while a command's output is open. */
export function outputStatus(state: State): {left: string; hints: string[]} {
	const output = state.pipe.output;
	const rows = selectOutputRows(state);
	const top = selectOutputTop(state);
	const {height} = selectOutputGeometry(state);
	const where = rows.length === 0 ? (output?.running ? 'no output yet' : 'no output') : `lines ${top + 1}–${Math.min(rows.length, top + height)} of ${rows.length}`;
	const hints = output?.running ? ['Ctrl-C cancel  Esc close', 'Esc close'] : ['↑↓ PgDn scroll  y copy  Esc close', 'y copy  Esc close', 'Esc close'];
	return {left: ` OUTPUT │ ${where}`, hints};
}

/** Where you are, which mode and pane has the keys, a transient message, and the key hints. */
export function statusText(state: State): {left: string; message: string; hints: string[]} {
	if (state.mode === 'output') return {...outputStatus(state), message: state.message ?? ''};
	// After `a` the next pipe, copy, open or save takes the whole report: say so until it does.
	if (state.pipe.scope === 'report' && !state.message) return statusText({...state, message: 'Whole report: y Y | e v s'});
	const p = selectPosition(state);
	const search = selectMatchStatus(state);
	if (search.section !== null) p.section = search.section;
	const mode = state.mode === 'help' ? 'HELP' : state.mode === 'results' ? 'RESULTS' : state.focus === 'list' ? 'LIST' : 'READER';
	const where = [p.section !== null ? `section ${p.section}/${p.sections}` : null, `${p.percent}%`, p.hits > 0 ? (p.hit > 0 ? `hit ${p.hit}/${p.hits}` : `${p.hits} hit${p.hits === 1 ? '' : 's'}`) : null, search.label]
		.filter(Boolean)
		.join('  ');
	const hints =
		state.mode === 'help'
			? ['↑↓ scroll  Esc close  Ctrl-C quit', 'Esc close']
			: state.mode === 'results'
				? ['↑↓ move  Enter go  Esc back', 'Esc back']
				: [state.focus === 'list' ? 'Enter read  Tab tabs  ? help  q quit' : 'Space page  Esc list  ? help  q quit', '? help  q quit', '? help'];
	return {left: ` ${mode} │ ${where}`, message: state.message ?? '', hints};
}

/** The status bar: position on the left, the longest key hint that fits on the right. */
export function statusLine(state: State): PaneLine {
	const {cols} = selectGeometry(state);
	const {left, message, hints} = statusText(state);
	const shown = message ? `  ${message}` : '';
	const segments: Segment<StyleName>[] = [
		{text: left, style: 'statusStrong'},
		{text: shown, style: 'statusStrong'},
	];
	// A message wins over hints on a narrow terminal.
	const room = cols - displayWidth(left) - displayWidth(shown) - 2;
	const hint = hints.find(h => displayWidth(h) <= room);
	if (hint) segments.push({text: ' '.repeat(room - displayWidth(hint) + 1), style: 'status'}, {text: hint + ' ', style: 'status'});
	return {segments, width: cols, fill: 'status'};
}

/**
 * The whole main screen in its normal mode, row by row, each row the pane lines side by side:
 * header, tab bar, list │ reader, status bar.
 */
export function mainScreen(state: State, counts: Record<TabId, number | null>): PaneLine[][] {
	const {cols} = selectGeometry(state);
	const list = listLines(state);
	const reader = readerLines(state);
	const divider = dividerLine(state);
	return [...headerLines(state.view.meta, cols), [tabLine(state.tab, counts, cols)], ...list.map((line, i) => [line, divider, reader[i]]), [statusLine(state)]];
}
