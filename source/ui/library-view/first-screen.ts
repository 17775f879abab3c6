// The library's first screen, painted from its listing (library/listing.ts) before better-sqlite3,
// Ink and React have loaded. The rows are the ones the Ink view draws (rows.ts, screen-text.ts), in
// the same styles (chalk, as Ink's Text colours them), so when Ink's first frame is written over it
// no cell changes. Keys typed meanwhile wait, decoded, in the terminal's reader (terminal/input.ts)
// until the view listens; a signal or an exit until then still gives the terminal back.
import chalk from 'chalk';
import type {Listing} from '../../library/listing.ts';
import {listingRows} from './rows.ts';
import {listHeight, listWidth, REPORTS_STATUS, reportsTitle} from './screen-text.ts';
import {truncate} from '../../text/width.ts';
import {screenText} from '../../text/sanitize.ts';
import type {Screen} from '../terminal/screen.ts';
import {paintBeforeInk} from '../terminal/painted.ts';
import {fullFrame} from '../terminal/frame.ts';
import type {Size} from '../state/types.ts';

export interface PaintedLibrary {
	screen: Screen;
	/** The terminal's size when painted: after a resize Ink's frame must clear the screen. */
	size: Size;
	/** The view has set its own exits: remove what covered the time until then. */
	handOver(): void;
}

/** The reports screen's lines as the Ink view draws them, with the first report selected; null when the listing is too short to fill it. */
export function libraryScreenLines(listing: Listing, size: Size): string[] | null {
	const height = listHeight(size.rows);
	const rows = listingRows(listing.items, listWidth(size.cols));
	// A taller terminal than the listing holds rows for would show rows it does not have.
	const listed = listing.items.filter(item => 'report' in item).length;
	if (rows.length < height && listed < listing.reports) return null;
	const current = Math.max(
		0,
		rows.findIndex(row => row.open),
	);
	// As LibraryApp keeps the selection in view.
	const top = current < height - 1 ? 0 : Math.max(0, Math.min(current - Math.floor(height / 3), rows.length - height));
	const width = size.cols - 1;
	const list = Array.from({length: height}, (_, i) => {
		const row = rows[top + i];
		if (!row) return '';
		if (row.heading) return chalk.bold(truncate(screenText(row.text), width));
		const text = truncate((top + i === current ? '❯ ' : '  ') + screenText(row.text), width);
		return top + i === current ? chalk.cyan(text) : text;
	});
	return [chalk.bold(truncate(screenText(reportsTitle(listing.root, listing.reports, listing.series, '')), width)), ' ', ...list, truncate(screenText(REPORTS_STATUS), width)];
}

/** Enter the alternate screen and paint the library's first screen; null (nothing painted) when it cannot be. */
export function paintLibraryScreen(listing: Listing, options: {stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream}): PaintedLibrary | null {
	const {stdout, stdin} = options;
	const size = {cols: stdout.columns || 80, rows: stdout.rows || 24};
	// Ink says itself that a terminal is too small.
	if (size.cols < 20 || size.rows < 6) return null;
	const lines = libraryScreenLines(listing, size);
	if (!lines) return null;
	const paint = () => stdout.write(fullFrame(lines.map(text => [{x: 0, width: size.cols, text}])));
	const {screen, release} = paintBeforeInk(stdout, stdin, paint);
	return {
		screen,
		size,
		handOver() {
			release();
		},
	};
}
