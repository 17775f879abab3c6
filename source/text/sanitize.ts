// Report text comes from web pages and files we do not control: anything that could drive the
// terminal (escape sequences, control characters, bidi overrides) is replaced by a visible
// placeholder before display — the reader sees that something was there, the terminal never
// receives it — and tabs become spaces so the layout can measure every column. The original text
// stays in the model for pipes and copies; only what reaches the screen goes through here.

const TAB_STOP = 8;

// ESC-introduced sequences: CSI, OSC (ended by BEL or ST), DCS/SOS/PM/APC strings, and the
// two-byte forms. Matched before single characters so their parameters go with them.
const ESCAPE = /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[ -/]*[0-~]?/y;

/** The one-column placeholder ESC and its whole sequence are shown as. */
export const ESCAPE_PLACEHOLDER = '\u241b';
const UNKNOWN_PLACEHOLDER = '\u241a';

/**
 * What a character is shown as: itself, a placeholder (C0 as its Control Picture ␀…␟, DEL as ␡,
 * C1 and bidi controls as ␚), or nothing (zero-width space and BOM only format text).
 */
function shown(code: number, char: string): string {
	if (code < 0x20) return String.fromCharCode(0x2400 + code); // C0 except LF, tab, CR (handled before)
	if (code === 0x7f) return '\u2421';
	if (code >= 0x80 && code <= 0x9f) return UNKNOWN_PLACEHOLDER; // C1
	if (code === 0x061c || code === 0x200e || code === 0x200f) return UNKNOWN_PLACEHOLDER; // bidi marks
	if (code >= 0x202a && code <= 0x202e) return UNKNOWN_PLACEHOLDER; // bidi embeddings and overrides
	if (code >= 0x2066 && code <= 0x2069) return UNKNOWN_PLACEHOLDER; // bidi isolates
	if (code === 0x200b || code === 0xfeff) return ''; // zero-width space, BOM
	return char;
}

export interface Sanitized {
	text: string;
	/** For each index of the input (and one past its end), the matching index in `text`. */
	map: Int32Array;
}

/** Clean text for the screen, with a map from input offsets to output offsets for highlights. */
export function sanitizeWithMap(input: string): Sanitized {
	const map = new Int32Array(input.length + 1);
	let out = '';
	let column = 0;
	let i = 0;
	while (i < input.length) {
		const code = input.charCodeAt(i);
		if (code === 0x1b) {
			ESCAPE.lastIndex = i;
			const match = ESCAPE.exec(input);
			const end = match && match[0].length > 0 ? i + match[0].length : i + 1;
			for (let j = i; j < end; j++) map[j] = out.length;
			out += ESCAPE_PLACEHOLDER;
			column += 1;
			i = end;
			continue;
		}
		map[i] = out.length;
		if (code === 0x0d) {
			// CRLF and lone CR both end a line once.
			if (input.charCodeAt(i + 1) !== 0x0a) {
				out += '\n';
				column = 0;
			}
		} else if (code === 0x09) {
			const spaces = TAB_STOP - (column % TAB_STOP);
			out += ' '.repeat(spaces);
			column += spaces;
		} else if (code === 0x2028 || code === 0x2029 || code === 0x0a) {
			out += '\n';
			column = 0;
		} else {
			const char = shown(code, input[i]);
			out += char;
			// Tab stops only need to be right for the narrow text tabs usually align.
			if (char) column += code >= 0x1100 && char === input[i] ? 2 : 1;
		}
		i++;
	}
	map[input.length] = out.length;
	return {text: out, map};
}

export function sanitize(input: string): string {
	return sanitizeWithMap(input).text;
}

/** One line for labels: newlines become spaces. */
export function sanitizeLine(input: string): string {
	return sanitize(input).replace(/\n+/g, ' ');
}

// Anything a terminal could act on: C0 but newline and tab, DEL, C1, bidi controls, the line and
// paragraph separators.
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * Text for a terminal with every control character shown as its placeholder, one for one, as `ls`
 * shows odd bytes in names: ESC as ␛ with the rest of its sequence visible after it, BEL as ␇, C1
 * and bidi controls as ␚, a lone CR as ␍. With `lines`, newlines (and CR LF) and tabs stay; else
 * they are shown too (␊, ␉), so a name or a message stays on one line. What is printed to a
 * terminal (pipe commands, errors, listings) goes through here; pipes and --json keep the bytes.
 */
export function showControls(text: string, {lines}: {lines: boolean}): string {
	if (!CONTROL.test(text) && (lines || !text.includes('\t'))) return text;
	const shown = text.replace(CONTROLS, (char, at: number) => {
		const code = char.charCodeAt(0);
		if (lines && (code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) === 0x0a))) return char;
		if (code < 0x20) return String.fromCharCode(0x2400 + code);
		if (code === 0x7f) return '\u2421';
		return UNKNOWN_PLACEHOLDER;
	});
	return lines ? shown : shown.replace(/\t/g, '\u2409');
}

const UNSAFE_ON_SCREEN = /[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;

/**
 * The browser's one boundary: every string it draws passes through here on its way to the
 * terminal — pane rows, labels, prompts, status messages, overlay titles, the picker — so report
 * text can never drive the terminal, whichever component forgot. Text that is already clean (all
 * of it, nearly always) is returned as it is.
 */
export function screenText(text: string): string {
	return UNSAFE_ON_SCREEN.test(text) ? sanitizeLine(text) : text;
}

/**
 * What a copy puts on the clipboard: the text as written, but with controls as placeholders and
 * CR LF as LF. Pasted into a shell, an ESC [ 201 ~ in it would end the bracketed paste and a CR
 * press Enter: a report must not type commands through the clipboard.
 */
export function clipboardText(text: string): string {
	return showControls(text, {lines: true}).replace(/\r\n/g, '\n');
}
