// What the command line prints to a terminal shows control characters as placeholders: a report's
// ESC ] 52 would otherwise set the clipboard of whoever runs `plenum terms` at a prompt, its
// ESC ] 0 retitle the window, ESC [ 2 J clear the screen. Pipes, files and --json keep every byte;
// --raw keeps them on a terminal too.
import {showControls} from '../text/sanitize.ts';

/**
 * `value` with every string in it (however deep: arrays, plain objects, a Map's values) shown
 * safely for a terminal, lines kept. One placeholder per control, so offsets into a string hold.
 */
export function forTerminal<T>(value: T): T {
	if (typeof value === 'string') return showControls(value, {lines: true}) as T;
	if (Array.isArray(value)) return value.map(forTerminal) as T;
	if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, forTerminal(v)])) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forTerminal(v)])) as T;
	return value;
}

/** One line for stderr or a listing: controls, newlines and tabs all shown as placeholders. */
export function terminalLine(text: string): string {
	return showControls(text, {lines: false});
}
