// Ink measures every line it draws with string-width. The build points Ink's `string-width` here,
// so Ink and plenum's own wrapping agree on every width, and the emoji tables string-width compiles
// when it loads (~25 ms) are paid only by a report that has text outside the plain ranges.
// Ink and its dependencies call it with the text alone: colour codes are never counted.
import stripAnsi from 'strip-ansi';
import {displayWidth} from './width.ts';

// Ink measures every line of every text on every frame: a row the reader shows on one frame is
// measured again on the next. Each line is measured once while it is on screen.
const measured = new Map<string, number>();

export default function stringWidth(text: string): number {
	if (typeof text !== 'string' || text.length === 0) return 0;
	let width = measured.get(text);
	if (width === undefined) {
		if (measured.size > 4096) measured.clear();
		width = displayWidth(text.includes('\x1b') || text.includes('\x9b') ? stripAnsi(text) : text);
		measured.set(text, width);
	}
	return width;
}
