// What the output overlay shows: the command's output made safe for the screen and wrapped to
// the overlay's width, cached per output and width like the reader's rows.
import type {State} from './types.ts';
import {selectGeometry} from './selectors.ts';
import {memoLast} from './memo.ts';
import {sanitize} from '../../text/sanitize.ts';
import {wrap} from '../../text/wrap.ts';

// Colour codes carry no text: dropped silently. Every other control is shown as a placeholder
// by sanitize, so a command cannot drive the terminal through the overlay.
const SGR = /\x1b\[[0-9;:]*m/g;

export function outputDisplayText(text: string): string {
	return sanitize(text.replace(SGR, '')).replace(/\n$/, '');
}

/** What `y` copies from the overlay: the output as printed, colour codes aside. */
export function outputCopy(text: string): string {
	return text.replace(SGR, '');
}

const rowsFor = memoLast((text: string, width: number): string[] => {
	const shown = outputDisplayText(text);
	return shown === '' ? [] : wrap(shown, width).map(r => r.text);
});

export interface OutputGeometry {
	width: number;
	/** Rows for output: the body less the title row. */
	height: number;
}

export function selectOutputGeometry(s: State): OutputGeometry {
	const g = selectGeometry(s);
	return {width: Math.max(1, g.cols - 2), height: Math.max(1, g.bodyRows - 1)};
}

export function selectOutputRows(s: State): string[] {
	const output = s.pipe.output;
	return output ? rowsFor(output.text, selectOutputGeometry(s).width) : [];
}

export function maxOutputTop(s: State): number {
	return Math.max(0, selectOutputRows(s).length - selectOutputGeometry(s).height);
}

/** The top row, clamped: a resize can leave the stored one past the end. */
export function selectOutputTop(s: State): number {
	return Math.min(s.pipe.output?.top ?? 0, maxOutputTop(s));
}
