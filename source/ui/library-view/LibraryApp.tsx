// `plenum DIR` on a terminal: the library. Reports grouped by series, newest first; `/` filters
// them, `f` searches across the library (Enter on a hit opens the report at that section), `t`
// shows a term's or person's timeline. One input handler, keyed on the screen and the prompt, so
// a letter typed into a prompt is never also a command. Every letter has a non-letter twin.
import React, {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {Box, Text, useStdout, type Key} from 'ink';
import type {IndexedLibrary} from '../../library/index.ts';
import {groupedRows, hitRows, peopleRows, timelineRows, type LibraryRow} from './rows.ts';
import {truncate} from '../../text/width.ts';
import {screenText} from '../../text/sanitize.ts';
import type {KeySource} from '../terminal/input.ts';
import type {TerminalControl} from '../components/App.tsx';
import {NO_KEY} from '../terminal/decode.ts';
import {fitLine} from '../state/line-edit.ts';
import {listHeight, listWidth, REPORTS_STATUS, reportsTitle} from './screen-text.ts';

export type LibraryScreen = {kind: 'reports'} | {kind: 'hits'; query: string} | {kind: 'timeline'; term: string; person: boolean};

export interface LibraryPlace {
	screen: LibraryScreen;
	filter: string;
	/** The selected row of each screen, so coming back from a report returns to it. */
	selected: number;
}

export interface OpenRequest {
	path: string;
	section?: number;
	/** Where the view stood, to come back to. */
	place: LibraryPlace;
}

interface Props {
	library: IndexedLibrary;
	cols: number;
	rows: number;
	place: LibraryPlace;
	message: string | null;
	/** Where keys come from (terminal/input.ts). */
	input?: KeySource;
	/** Ctrl-Z: hand the terminal back to the shell until fg (launch.tsx). */
	terminal?: TerminalControl;
	onOpen(request: OpenRequest): void;
	/** q, or Ctrl-C (`interrupted`: plenum exits 130). */
	onQuit(interrupted?: boolean): void;
}

type Prompt = {kind: 'filter' | 'search' | 'timeline'; text: string} | null;

const PROMPTS = {filter: 'filter /', search: 'search the library', timeline: 'timeline of'};

interface ViewState {
	screen: LibraryScreen;
	filter: string;
	selected: number;
	prompt: Prompt;
	/** Set by Enter on a row, or q: the component hands it to its caller once. */
	done: {open: OpenRequest} | {quit: true; interrupted?: boolean} | null;
}

type KeyEvent = {input: string; key: Key};

/** Every key against the state it finds, so keys typed faster than a frame are never lost. */
function reduceKey(s: ViewState, {input, key}: KeyEvent, list: readonly LibraryRow[], height: number): ViewState {
	if (s.done) return s;
	if (key.ctrl && input === 'c') return {...s, done: {quit: true, interrupted: true}};
	const {prompt} = s;
	if (prompt) {
		if (key.escape) return {...s, prompt: null, filter: prompt.kind === 'filter' ? '' : s.filter};
		if (key.return) {
			const text = prompt.text.trim();
			if (prompt.kind === 'filter') return {...s, prompt: null, filter: text};
			if (!text) return {...s, prompt: null};
			return {...s, prompt: null, selected: 0, screen: prompt.kind === 'search' ? {kind: 'hits', query: text} : {kind: 'timeline', term: text, person: false}};
		}
		let text = prompt.text;
		if (key.backspace || key.delete) text = text.slice(0, -1);
		else if (input && !key.ctrl && !key.meta) text += fitLine(input.replace(/[\r\n]/g, ''), text.length);
		else return s;
		return {...s, prompt: {...prompt, text}, filter: prompt.kind === 'filter' ? text : s.filter, selected: prompt.kind === 'filter' ? 0 : s.selected};
	}
	const selectable = list.map((r, i) => (r.open ? i : -1)).filter(i => i >= 0);
	const current = currentRow(selectable, s.selected);
	const move = (delta: number): ViewState => {
		if (selectable.length === 0) return s;
		const at = Math.max(0, selectable.indexOf(current));
		return {...s, selected: selectable[Math.max(0, Math.min(selectable.length - 1, at + delta))]};
	};
	// A letter is the letter typed, not its Ctrl twin (Ctrl-Q, the terminal's XON, is no q), as
	// the keymap reads keys in the browser; the Ctrl twins the view binds are named below.
	const letter = key.ctrl ? '' : input;
	if (letter === 'q') return {...s, done: {quit: true}};
	if (key.downArrow || letter === 'j') return move(1);
	if (key.upArrow || letter === 'k') return move(-1);
	if (key.pageDown || letter === ' ') return move(height - 1);
	if (key.pageUp || letter === 'b') return move(-(height - 1));
	if (key.home || letter === 'g') return move(-selectable.length);
	if (key.end || letter === 'G') return move(selectable.length);
	if (key.return || key.rightArrow) {
		const row = list[current];
		return row?.open ? {...s, done: {open: {...row.open, place: {screen: s.screen, filter: s.filter, selected: current}}}} : s;
	}
	if (key.escape || key.leftArrow) {
		if (s.screen.kind !== 'reports') return {...s, screen: {kind: 'reports'}, selected: 0};
		return s.filter ? {...s, filter: ''} : s;
	}
	if (letter === '/' || letter === '／') return {...s, screen: {kind: 'reports'}, prompt: {kind: 'filter', text: s.filter}};
	if (letter === 'f' || (key.ctrl && input === 'f')) return {...s, prompt: {kind: 'search', text: ''}};
	if (letter === 't' || (key.ctrl && input === 'g')) return {...s, prompt: {kind: 'timeline', text: ''}};
	return s;
}

function currentRow(selectable: readonly number[], selected: number): number {
	return selectable.includes(selected) ? selected : (selectable.find(i => i >= selected) ?? selectable.at(-1) ?? 0);
}

export function LibraryApp({library, cols, rows, place, message, input, terminal, onOpen, onQuit}: Props) {
	const height = listHeight(rows);
	const width = listWidth(cols);
	const [state, dispatch] = useReducer((s: ViewState, e: KeyEvent & {list: readonly LibraryRow[]}) => reduceKey(s, e, e.list, height), {...place, prompt: null, done: null});
	const {screen, filter, prompt} = state;
	// The hits and timeline screens' rows, from the library, asynchronously; stale once the screen changes.
	const [loaded, setLoaded] = useState<{screen: LibraryScreen; rows: LibraryRow[]} | null>(null);
	const content = loaded?.screen === screen ? loaded.rows : null;
	const reports = useMemo(() => library.reports(), [library]);

	useEffect(() => {
		if (screen.kind === 'reports') return;
		let live = true;
		void (async () => {
			let out: LibraryRow[];
			if (screen.kind === 'hits') {
				const result = await library.search(screen.query);
				out =
					result.reports.length > 0
						? [{text: `${screen.query}: ${result.total} in ${result.reports.length} reports`, heading: true}, ...hitRows(result.reports, library.contexts(result), width)]
						: [{text: `${screen.query}: not in any report of this library`, heading: true}];
			} else {
				out = timelineRows(await library.trend(screen.term), width);
				if (screen.person) out.push({text: ''}, ...peopleRows(screen.term, library.people(screen.term), width));
			}
			if (live) setLoaded({screen, rows: out});
		})();
		return () => {
			live = false;
		};
	}, [library, screen, width]);
	const busy = screen.kind === 'reports' || content ? null : screen.kind === 'hits' ? ` searching for ${screen.query}…` : ` counting ${screen.term}…`;

	const list: LibraryRow[] = useMemo(() => {
		if (screen.kind !== 'reports') return content ?? [];
		const wanted = filter.trim().toLowerCase();
		const shown = wanted ? reports.filter(r => `${r.title} ${r.meeting ?? ''} ${r.date ?? ''} ${r.path}`.toLowerCase().includes(wanted)) : reports;
		return groupedRows(shown, width);
	}, [screen, content, filter, reports, width]);

	useEffect(() => {
		if (!state.done) return;
		if ('quit' in state.done) onQuit(state.done.interrupted);
		else onOpen(state.done.open);
	}, [state.done, onOpen, onQuit]);

	// Each key carries the rows it was typed against: the list drawn last. A paste is text for an
	// open prompt; Ctrl-L redraws the screen and Ctrl-Z suspends plenum, as in the browser.
	const {write} = useStdout();
	const latest = useRef({list, prompt, write, terminal});
	useEffect(() => {
		latest.current = {list, prompt, write, terminal};
	});
	useEffect(
		() =>
			input?.subscribe(event => {
				const now = latest.current;
				const redraw = () => now.write('\x1b[2J\x1b[H');
				if (event.kind === 'paste') {
					if (now.prompt) dispatch({input: event.text.replace(/\s+/g, ' '), key: NO_KEY, list: now.list});
				} else if (event.kind === 'key') {
					if (event.key.ctrl && event.input === 'l') redraw();
					else if (event.key.ctrl && event.input === 'z') now.terminal?.suspend(redraw);
					else dispatch({input: event.input, key: event.key, list: now.list});
				}
			}),
		[input],
	);

	const selectable = list.map((r, i) => (r.open ? i : -1)).filter(i => i >= 0);
	const current = currentRow(selectable, state.selected);
	// Keep the selection in view: from the top while it fits (headings and totals stay in sight),
	// then with the selection a third of the way down.
	const top = current < height - 1 ? 0 : Math.max(0, Math.min(current - Math.floor(height / 3), list.length - height));
	const visible = list.slice(top, top + height);
	const series = new Set(reports.map(r => r.series)).size;
	const title = screen.kind === 'reports' ? reportsTitle(library.root, reports.length, series, filter) : screen.kind === 'hits' ? ` search: ${screen.query}` : ` timeline: ${screen.term}`;
	const status = prompt ? ` ${PROMPTS[prompt.kind]}: ${prompt.text}` : (message ?? busy ?? (screen.kind === 'reports' ? REPORTS_STATUS : ' Enter open · Esc back to the reports · f search · t timeline · q quit'));
	return (
		<Box flexDirection="column" height={rows - 1}>
			<Text bold>{truncate(screenText(title), cols - 1)}</Text>
			<Text> </Text>
			<Box flexDirection="column" height={height}>
				{visible.map((row, i) => (
					<RowLine key={top + i} row={row} selected={top + i === current} width={cols - 1} />
				))}
			</Box>
			<Text inverse={Boolean(prompt) || message !== null}>{truncate(screenText(status), cols - 1)}</Text>
		</Box>
	);
}

/** Every string drawn passes screenText, the browser's one sanitizing boundary; marked pieces each on their own, so the marks stay true. */
function RowLine({row, selected, width}: {row: LibraryRow; selected: boolean; width: number}) {
	const prefix = selected ? '❯ ' : '  ';
	if (row.heading) return <Text bold>{truncate(screenText(row.text), width)}</Text>;
	if (!row.marks || row.marks.length === 0) return <Text color={selected ? 'cyan' : undefined}>{truncate(prefix + screenText(row.text), width)}</Text>;
	const parts: React.ReactNode[] = [];
	let at = 0;
	row.marks.forEach(([start, end], i) => {
		parts.push(screenText(row.text.slice(at, start)));
		parts.push(
			<Text key={i} bold color="red">
				{screenText(row.text.slice(start, end))}
			</Text>,
		);
		at = end;
	});
	parts.push(screenText(row.text.slice(at)));
	return (
		<Text color={selected ? 'cyan' : undefined}>
			{prefix}
			{parts}
		</Text>
	);
}
