// The Compare view: two reports' differences, tab by tab, side by side on a wide terminal and one
// above the other on a narrow one. Every row is laid out and fitted here (display columns, so
// Chinese text lines up); Ink draws finished strings. Enter ends the view with a place to open.
import {useEffect, useReducer, useRef} from 'react';
import {Box, Text, useApp, useStdout} from 'ink';
import defaultChalk, {Chalk} from 'chalk';
import type {ReportRef} from '../../compare/types.ts';
import {KEYMAP, commandFor, type Command} from '../input/keymap.ts';
import {COMPARE_TABS, selectable, type Run, type Tone} from './items.ts';
import {MIN_COLS, MIN_ROWS} from '../state/geometry.ts';
import {GUTTER, type CompareLine} from './layout.ts';
import {bodyRows, compareReducer, resizeCompare, selectedItem, selectLayout, type CompareSize, type CompareState, type Outcome} from './state.ts';
import {fitSegments, type Segment} from '../view/segments.ts';
import type {KeySource} from '../terminal/input.ts';
import type {TerminalControl} from '../components/App.tsx';
import {displayWidth, padToWidth, truncate} from '../../text/width.ts';
import {sanitizeLine, screenText} from '../../text/sanitize.ts';

// As the browser paints (draw/paint.ts): on a terminal bold, inverse, underline and strikethrough
// always apply, whatever FORCE_COLOR says, so with colour off (FORCE_COLOR=0, NO_COLOR) what was
// removed and added still shows; whether colour is used is `colour`'s to say (colourEnabled).
const chalk = new Chalk({level: Math.max(defaultChalk.level, process.stdout.isTTY ? 1 : 0) as 0 | 1 | 2 | 3});

type Look = Tone | 'heading' | 'tab' | 'tabActive' | 'status' | 'mark+' | 'mark-' | 'mark~' | 'mark*' | 'cursor' | 'side' | 'sideActive';

function paint(text: string, look: Look, colour: boolean): string {
	switch (look) {
		case 'plain':
			return text;
		case 'dim':
		case 'place':
		case 'tab':
			return chalk.dim(text);
		case 'removed':
			return colour ? chalk.red.strikethrough(text) : chalk.strikethrough(text);
		case 'added':
			return colour ? chalk.green.underline(text) : chalk.bold.underline(text);
		case 'count':
			return colour ? chalk.yellow(text) : text;
		case 'heading':
			return colour ? chalk.bold.magenta(text) : chalk.bold(text);
		case 'tabActive':
		case 'status':
		case 'sideActive':
			return chalk.inverse(text);
		case 'side':
			return chalk.bold(text);
		case 'cursor':
			return colour ? chalk.bold.cyan(text) : chalk.bold(text);
		case 'mark+':
			return colour ? chalk.green(text) : text;
		case 'mark-':
			return colour ? chalk.red(text) : text;
		case 'mark~':
			return colour ? chalk.yellow(text) : text;
		case 'mark*':
			return colour ? chalk.cyan(text) : text;
	}
}

/**
 * One screen row from styled pieces, exactly `width` columns wide. Every row the view draws comes
 * through here, and each piece passes screenText, the browser's one sanitizing boundary (as
 * draw/paint.ts's paintLine does for the browser's panes).
 */
function row(segments: Segment<Look>[], width: number, colour: boolean): string {
	const clean = segments.map(s => {
		const text = screenText(s.text);
		return text === s.text ? s : {...s, text};
	});
	return fitSegments(clean, width, 'plain')
		.map(s => paint(s.text, s.style, colour))
		.join('');
}

const runs = (list: Run[]): Segment<Look>[] => list.map(r => ({text: r.text, style: r.tone}));
const MARK: Record<string, string> = {'~': '~', '+': '+', '-': '-', '↕': '*', ' ': ' '};

function bodyLine(line: CompareLine, selected: boolean, s: CompareState): string {
	const {cols} = s.size;
	if (line.heading) return row([{text: line.cells[0].runs.map(r => r.text).join(''), style: 'heading'}], cols, s.colour);
	const mark = MARK[line.mark] ?? line.mark;
	const gutter: Segment<Look>[] = [
		{text: selected ? '›' : ' ', style: 'cursor'},
		{text: mark || ' ', style: mark.trim() ? (`mark${mark}` as Look) : 'plain'},
		{text: ' ', style: 'plain'},
	];
	const [left, right] = line.cells;
	if (!right) {
		const prefix: Segment<Look> = {text: line.side === 'old' ? '- ' : '+ ', style: line.side === 'old' ? 'mark-' : 'mark+'};
		return row(gutter, GUTTER, s.colour) + row([prefix, ...runs(left.runs)], cols - GUTTER, s.colour);
	}
	return row(gutter, GUTTER, s.colour) + row(runs(left.runs), left.width, s.colour) + row([{text: ' │ ', style: 'dim'}], 3, s.colour) + row(runs(right.runs), right.width, s.colour);
}

function refText(label: string, ref: ReportRef): string {
	return ` ${label}  ${sanitizeLine(ref.title || ref.meeting || ref.path || '')}${ref.date ? `  ${ref.date}` : ''}`;
}

function tabBar(s: CompareState): string {
	const segments: Segment<Look>[] = [{text: ' ', style: 'plain'}];
	COMPARE_TABS.forEach((t, k) => {
		segments.push({text: ` ${k + 1} ${t.label} ${selectable(s.items[t.id]).length} `, style: t.id === s.tab ? 'tabActive' : 'tab'}, {text: ' ', style: 'plain'});
	});
	return row(segments, s.size.cols, s.colour);
}

function columnHeader(s: CompareState, refs: {old: ReportRef; new: ReportRef}): string {
	const layoutNow = selectLayout(s);
	const label = (side: 'old' | 'new') => `${side} ${refs[side].date ?? ''}`.trim();
	const look = (side: 'old' | 'new'): Look => (s.side === side ? 'sideActive' : 'side');
	if (!layoutNow.sideBySide) {
		return row(
			[
				{text: '  ', style: 'plain'},
				{text: `- ${label('old')}`, style: look('old')},
				{text: '   ', style: 'plain'},
				{text: `+ ${label('new')}`, style: look('new')},
			],
			s.size.cols,
			s.colour,
		);
	}
	const [left, right] = layoutNow.columns;
	return (
		row([{text: ' '.repeat(GUTTER), style: 'plain'}], GUTTER, s.colour) +
		row([{text: label('old'), style: look('old')}], left, s.colour) +
		row([{text: ' │ ', style: 'dim'}], 3, s.colour) +
		row([{text: label('new'), style: look('new')}], right, s.colour)
	);
}

function statusLine(s: CompareState): string {
	const indexes = selectable(s.items[s.tab]);
	const position = indexes.length ? `${s.selected[s.tab] + 1}/${indexes.length}` : 'no differences';
	const item = s.items[s.tab][selectedItem(s)];
	const place = item ? (s.side === 'old' ? item.oldPlace : item.newPlace) : null;
	const hint = s.message ?? `Enter open in ${s.side}${place ? ` §${place.section}` : ''} · ←/→ side · Tab tabs · ? help · q quit`;
	return row([{text: ` COMPARE │ ${position} │ ${hint}`, style: 'status'}], s.size.cols, s.colour);
}

/** The keymap's rows for the Compare view (Ctrl-C is in q's own line). */
const HELP = KEYMAP.filter(b => b.modes.includes('compare') && b.command !== 'interrupt');

function helpLines(s: CompareState): string[] {
	const keys = HELP.map(b => b.keys.map(k => k.label).join(' '));
	const width = Math.min(Math.floor(s.size.cols / 2), Math.max(...keys.map(k => displayWidth(k))) + 2);
	return [
		row([{text: '  Compare: keys', style: 'heading'}], s.size.cols, s.colour),
		row([], s.size.cols, s.colour),
		...HELP.map((b, k) =>
			row(
				[
					{text: `    ${padToWidth(truncate(keys[k], width), width)}`, style: 'side'},
					{text: b.help, style: 'plain'},
				],
				s.size.cols,
				s.colour,
			),
		),
	];
}

interface Props {
	state: CompareState;
	refs: {old: ReportRef; new: ReportRef};
	size: CompareSize;
	/** Where keys come from (terminal/input.ts): the view reads none without one (tests). */
	input?: KeySource;
	/** Ctrl-Z: hand the terminal back to the shell until fg (run.tsx); without it, Ctrl-Z does nothing. */
	terminal?: TerminalControl;
	onEnd(outcome: Outcome, state: CompareState): void;
}

export function CompareApp({state: initial, refs, size, input, terminal, onEnd}: Props) {
	const [state, dispatch] = useReducer((s: CompareState, action: {command: Command} | {size: CompareSize}) => ('size' in action ? resizeCompare(s, action.size) : compareReducer(s, action.command)), initial);
	if (state.size.cols !== size.cols || state.size.rows !== size.rows) dispatch({size});
	const {exit} = useApp();
	// Ctrl-L, and the return from Ctrl-Z: clear the screen and have Ink draw its whole frame again.
	const {write} = useStdout();
	const control = useRef({write, terminal});
	useEffect(() => {
		control.current = {write, terminal};
	});
	useEffect(
		() =>
			input?.subscribe(event => {
				if (event.kind !== 'key') return;
				const {input: text, key} = event;
				// The keymap's 'compare' mode; letters typed faster than a frame (jj) are each a key.
				const keys = text.length > 1 && !key.ctrl && !key.meta ? [...text].map(ch => [ch, {...key, shift: /[A-Z]/.test(ch)}] as const) : [[text, key] as const];
				for (const [ch, k] of keys) {
					const command = commandFor('compare', ch, k);
					const redraw = () => control.current.write('\x1b[2J\x1b[H');
					if (command === 'redraw') redraw();
					else if (command === 'suspend') control.current.terminal?.suspend(redraw);
					else if (command) dispatch({command});
				}
			}),
		[input],
	);
	useEffect(() => {
		if (!state.outcome) return;
		onEnd(state.outcome, {...state, outcome: null, message: null});
		exit();
	}, [state, onEnd, exit]);

	const {cols, rows} = state.size;
	if (cols < MIN_COLS || rows < MIN_ROWS) {
		return <Text>{[`terminal too small (needs ${MIN_COLS}×${MIN_ROWS})`, `now ${cols}×${rows}; q quits`].map(l => truncate(l, Math.max(1, cols))).join('\n')}</Text>;
	}
	const height = bodyRows(state);
	let body: string[];
	if (state.help) body = helpLines(state);
	else {
		const layoutNow = selectLayout(state);
		const selected = selectedItem(state);
		const top = state.top[state.tab];
		body = layoutNow.lines.slice(top, top + height).map(line => bodyLine(line, line.item === selected, state));
		if (layoutNow.lines.length === 0) body = [row([{text: '  No differences here.', style: 'dim'}], cols, state.colour)];
	}
	while (body.length < height) body.push(' '.repeat(cols));
	const lines = [
		row([{text: refText('old', refs.old), style: 'plain'}], cols, state.colour),
		row([{text: refText('new', refs.new), style: 'plain'}], cols, state.colour),
		tabBar(state),
		columnHeader(state, refs),
		...body.slice(0, height),
		statusLine(state),
	];
	return (
		<Box flexDirection="column" width={cols} height={rows - 1}>
			<Text wrap="truncate-end">{lines.join('\n')}</Text>
		</Box>
	);
}
