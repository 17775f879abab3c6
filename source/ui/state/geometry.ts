// Where each pane sits for a terminal size. The frame is one row shorter than the terminal:
// Ink 6 clears the whole screen on every frame that fills it, which flickers.
import type {Size} from './types.ts';

export const MIN_COLS = 60;
export const MIN_ROWS = 16;

export interface Geometry {
	cols: number;
	frameRows: number;
	tooSmall: boolean;
	headerRows: number;
	bodyRows: number;
	listWidth: number;
	readerWidth: number;
	/** Columns the reader's text is wrapped to: the pane less a margin on each side. */
	textWidth: number;
}

const cache = new Map<string, Geometry>();

/** The setting maxWidth: the reader's text is wrapped to no more columns on a wide terminal. */
let maxReadingWidth = Infinity;

export function setMaxReadingWidth(columns: number | null): void {
	maxReadingWidth = columns ?? Infinity;
	cache.clear();
}

export function geometry(size: Size): Geometry {
	const key = `${size.cols}x${size.rows}`;
	let g = cache.get(key);
	if (g) return g;
	const cols = Math.max(1, size.cols);
	const frameRows = Math.max(1, size.rows - 1);
	const headerRows = 2;
	const bodyRows = Math.max(1, frameRows - headerRows - 2);
	const listWidth = Math.min(48, Math.max(24, Math.round(cols * 0.34)));
	const readerWidth = Math.max(1, cols - listWidth - 1);
	g = {
		cols,
		frameRows,
		tooSmall: size.cols < MIN_COLS || size.rows < MIN_ROWS,
		headerRows,
		bodyRows,
		listWidth,
		readerWidth,
		textWidth: Math.max(1, Math.min(readerWidth - 2, maxReadingWidth)),
	};
	cache.set(key, g);
	return g;
}
