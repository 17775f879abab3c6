// What the terminal sends, as events: keys (in the shape Ink's useInput gives them, so the router
// reads them unchanged), function keys with their modifiers, the mouse (SGR 1006), pastes
// (bracketed, 2004) and the terminal's answers to plenum's questions (its background colour,
// its attributes). plenum reads the terminal itself rather than through Ink: Ink 6 throws on
// sequences it half knows (Ctrl+F1 is `ESC[1;5P`: a Ctrl key with no name), reads Shift-F3
// (`ESC[1;2R`) as something else, and knows nothing of the mouse or of pastes. Here every
// sequence is either understood or dropped; none is ever typed, and none is fatal.
import type {Key} from 'ink';
import type {FnKey, FunctionKey} from '../input/keymap.ts';

const ESC = '\x1b';

/** A key with no flag set: what a plain character arrives as. */
export const NO_KEY: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

export interface KeyEvent {
	kind: 'key';
	input: string;
	key: FnKey;
}

export type MouseButton = 'left' | 'middle' | 'right' | 'none' | 'wheelUp' | 'wheelDown' | 'wheelLeft' | 'wheelRight';

export interface MouseEvent {
	kind: 'mouse';
	action: 'press' | 'release' | 'drag';
	button: MouseButton;
	/** 0-based cell. */
	col: number;
	row: number;
	shift: boolean;
	alt: boolean;
	ctrl: boolean;
	/** 2 for the second press of a double click (set by TerminalInput, which keeps the time). */
	clicks: number;
}

export interface PasteEvent {
	kind: 'paste';
	text: string;
}

export type InputEvent = KeyEvent | MouseEvent | PasteEvent;

/** Answers to plenum's queries: never keys. */
export type Reply = {kind: 'background'; rgb: [number, number, number]} | {kind: 'attributes'};

export type Decoded = InputEvent | Reply;

const key = (input: string, flags: Partial<FnKey> = {}): KeyEvent => ({kind: 'key', input, key: {...NO_KEY, ...flags}});

/** xterm's modifier parameter: 1 + shift + 2·alt + 4·ctrl (+ 8·meta, read as alt). */
function modifiers(param: string | undefined): {shift: boolean; meta: boolean; ctrl: boolean} {
	const m = Math.max(0, (Number.parseInt(param ?? '1', 10) || 1) - 1);
	return {shift: Boolean(m & 1), meta: Boolean(m & 10), ctrl: Boolean(m & 4)};
}

const fnKey = (fn: FunctionKey, param?: string): KeyEvent => key('', {fn, ...modifiers(param)});

const ARROWS: Record<string, Partial<Key>> = {A: {upArrow: true}, B: {downArrow: true}, C: {rightArrow: true}, D: {leftArrow: true}, H: {home: true}, F: {end: true}};
const PQRS: Record<string, FunctionKey> = {P: 'f1', Q: 'f2', R: 'f3', S: 'f4'};
/** `ESC[n~`: the editing keys and F1–F12 (VT220, xterm, rxvt, the Linux console). */
const TILDE: Record<number, Partial<FnKey>> = {
	1: {home: true},
	7: {home: true},
	4: {end: true},
	8: {end: true},
	3: {delete: true},
	5: {pageUp: true},
	6: {pageDown: true},
	11: {fn: 'f1'},
	12: {fn: 'f2'},
	13: {fn: 'f3'},
	14: {fn: 'f4'},
	15: {fn: 'f5'},
	17: {fn: 'f6'},
	18: {fn: 'f7'},
	19: {fn: 'f8'},
	20: {fn: 'f9'},
	21: {fn: 'f10'},
	23: {fn: 'f11'},
	24: {fn: 'f12'},
	// rxvt sends Shift-F3 and Shift-F4 as F13 and F14.
	25: {fn: 'f3', shift: true},
	26: {fn: 'f4', shift: true},
};
const CONSOLE: Record<string, FunctionKey> = {A: 'f1', B: 'f2', C: 'f3', D: 'f4', E: 'f5'};

const MOUSE_BUTTONS: MouseButton[] = ['left', 'middle', 'right', 'none'];
const WHEEL: MouseButton[] = ['wheelUp', 'wheelDown', 'wheelLeft', 'wheelRight'];

function mouse(params: string, final: string): MouseEvent | null {
	const [b, x, y] = params.split(';').map(n => Number.parseInt(n, 10));
	if (![b, x, y].every(Number.isFinite)) return null;
	const wheel = (b & 64) !== 0;
	const button = wheel ? WHEEL[b & 3] : MOUSE_BUTTONS[b & 3];
	const action = final === 'm' ? 'release' : b & 32 ? 'drag' : 'press';
	return {kind: 'mouse', action, button, col: x - 1, row: y - 1, shift: Boolean(b & 4), alt: Boolean(b & 8), ctrl: Boolean(b & 16), clicks: 1};
}

/** What a control sequence means, or null: an unknown sequence is dropped. */
function csi(prefix: string, params: string, final: string): Decoded | null {
	const parts = params.split(';');
	if (prefix === '<') return final === 'M' || final === 'm' ? mouse(params, final) : null;
	if (prefix === '?') return final === 'c' ? {kind: 'attributes'} : null;
	if (prefix !== '') return null;
	// `ESC[A`, `ESC[1;5A`: arrows, Home and End, with modifiers.
	if (ARROWS[final] && (params === '' || (parts.length === 2 && parts[0] === '1'))) return key('', {...ARROWS[final], ...modifiers(parts[1])});
	// `ESC[1;2R` is Shift-F3 (also the shape of a cursor report, which plenum never asks for).
	if (PQRS[final] && (params === '' || (parts.length === 2 && parts[0] === '1'))) return fnKey(PQRS[final], parts[1]);
	if (final === 'Z' && params === '') return key('', {tab: true, shift: true});
	if (final === '~') {
		const found = TILDE[Number.parseInt(parts[0], 10)];
		if (!found || parts.length > 2) return null;
		const mods = modifiers(parts[1]);
		return key('', {...found, shift: Boolean(found.shift) || mods.shift, meta: mods.meta, ctrl: mods.ctrl});
	}
	return null;
}

/** An OSC answer: only the background colour (OSC 11) is read. */
function osc(body: string): Reply | null {
	const m = /^11;rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})/i.exec(body);
	if (!m) return null;
	const channel = (hex: string) => Math.round((Number.parseInt(hex, 16) / (16 ** hex.length - 1)) * 255);
	return {kind: 'background', rgb: [channel(m[1]), channel(m[2]), channel(m[3])]};
}

/** A control character typed on its own: Enter, Tab, Backspace, Ctrl-letter. */
function control(ch: string, meta = false): KeyEvent | null {
	if (ch === '\r' || ch === '\n') return key('\r', {return: true, meta});
	if (ch === '\t') return key('\t', {tab: true, meta});
	if (ch === '\x7f' || ch === '\b') return key('', {backspace: true, meta});
	const code = ch.charCodeAt(0);
	if (code >= 1 && code <= 26) return key(String.fromCharCode(code + 96), {ctrl: true, meta});
	return null;
}

const CONTROL = /[\x00-\x1f\x7f]/;
const PASTE_END = `${ESC}[201~`;

export interface DecodeResult {
	events: Decoded[];
	/** An unfinished sequence (or paste) at the end, kept for the next read. */
	rest: string;
}

/**
 * The events in `input`. An escape sequence (or a paste) cut off at the end is returned as
 * `rest`, to be read again with what comes next; with `flush` (no more came in time) a lone ESC is
 * the Escape key, an unfinished paste is pasted and anything else unfinished is dropped.
 */
export function decode(input: string, flush = false): DecodeResult {
	const events: Decoded[] = [];
	let i = 0;
	const pending = (from: number): DecodeResult => {
		const rest = input.slice(from);
		if (!flush) return {events, rest};
		if (rest === ESC) events.push(key('', {escape: true, meta: true}));
		else if (rest.startsWith(`${ESC}[200~`)) events.push({kind: 'paste', text: rest.slice(6)});
		return {events, rest: ''};
	};
	while (i < input.length) {
		const ch = input[i];
		if (ch !== ESC) {
			if (CONTROL.test(ch)) {
				const event = control(ch);
				if (event) events.push(event);
				i++;
				continue;
			}
			let end = i + 1;
			while (end < input.length && input[end] !== ESC && !CONTROL.test(input[end])) end++;
			const text = input.slice(i, end);
			events.push(key(text, {shift: /^[A-Z]$/.test(text)}));
			i = end;
			continue;
		}
		const next = input[i + 1];
		if (next === undefined) return pending(i);
		if (next === '[') {
			if (input[i + 2] === '[') {
				// The Linux console's F1–F5: ESC [ [ A … E.
				if (i + 3 >= input.length) return pending(i);
				const fn = CONSOLE[input[i + 3]];
				if (fn) events.push(fnKey(fn));
				i += 4;
				continue;
			}
			let j = i + 2;
			const prefix = /[<=>?]/.test(input[j] ?? '') ? input[j++] : '';
			const paramsFrom = j;
			while (j < input.length && /[0-9;:]/.test(input[j])) j++;
			const params = input.slice(paramsFrom, j);
			while (j < input.length && /[ -/]/.test(input[j])) j++;
			if (j >= input.length) return pending(i);
			const final = input[j];
			if (!/[@-~]/.test(final)) {
				// Not a control sequence after all: drop what was read of it.
				i = j;
				continue;
			}
			if (prefix === '' && params === '200' && final === '~') {
				const end = input.indexOf(PASTE_END, j + 1);
				if (end < 0) return pending(i);
				events.push({kind: 'paste', text: input.slice(j + 1, end)});
				i = end + PASTE_END.length;
				continue;
			}
			const event = csi(prefix, params, final);
			if (event) events.push(event);
			i = j + 1;
			continue;
		}
		if (next === 'O') {
			// SS3: arrows and F1–F4 in application mode, with a modifier digit in some terminals.
			let j = i + 2;
			while (j < input.length && /[0-9]/.test(input[j])) j++;
			if (j >= input.length) return pending(i);
			const param = input.slice(i + 2, j);
			const final = input[j];
			if (PQRS[final]) events.push(fnKey(PQRS[final], param || undefined));
			else if (ARROWS[final]) events.push(key('', {...ARROWS[final], ...modifiers(param || undefined)}));
			i = j + 1;
			continue;
		}
		if (next === ']') {
			// An operating system command: the terminal answering a query. It ends in BEL or ST.
			const bel = input.indexOf('\x07', i + 2);
			const st = input.indexOf(`${ESC}\\`, i + 2);
			const ends = [bel, st].filter(n => n >= 0);
			if (ends.length === 0) return pending(i);
			const end = Math.min(...ends);
			const reply = osc(input.slice(i + 2, end));
			if (reply) events.push(reply);
			i = end + (end === st ? 2 : 1);
			continue;
		}
		if (next === ESC) {
			// Escape pressed twice, or Escape before a sequence: the first is a key of its own.
			events.push(key('', {escape: true, meta: true}));
			i++;
			continue;
		}
		// Alt (or Esc) with a key: Ink's meta.
		const code = input.codePointAt(i + 1)!;
		const char = String.fromCodePoint(code);
		const event = CONTROL.test(char) ? control(char, true) : key(char, {meta: true, shift: /^[A-Z]$/.test(char)});
		if (event) events.push(event);
		i += 1 + char.length;
	}
	return {events, rest: ''};
}

/** The decoded events that come from the user, not answers from the terminal. */
export const isInput = (event: Decoded): event is InputEvent => event.kind === 'key' || event.kind === 'mouse' || event.kind === 'paste';
