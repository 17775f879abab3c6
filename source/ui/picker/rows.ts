// One picker row per report, laid out to the terminal's width: date, title, meeting, size.
import type {LibraryEntry} from '../../app/library.ts';
import {sanitizeLine} from '../../text/sanitize.ts';
import {displayWidth, padToWidth, truncate} from '../../text/width.ts';

const DATE = 10;
const SIZE = 9;

function size(bytes: number): string {
	return (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`).padStart(SIZE);
}

/** The row's text, exactly `width` columns or less: the picker's indicator takes two more. */
export function pickerRow(entry: LibraryEntry, width: number): string {
	const date = padToWidth(entry.date ?? '—', DATE);
	const rest = Math.max(0, width - DATE - SIZE - 4);
	// The title takes what it needs up to two thirds; the meeting gets the rest.
	const meeting = entry.meeting ? sanitizeLine(entry.meeting) : '';
	const titleWidth = meeting ? Math.max(8, Math.floor((rest * 2) / 3)) : rest;
	const title = padToWidth(truncate(sanitizeLine(entry.title), titleWidth), titleWidth);
	const meetingCell = padToWidth(truncate(meeting, Math.max(0, rest - titleWidth - 1)), Math.max(0, rest - titleWidth - 1));
	const row = `${date}  ${title}${meeting ? ' ' + meetingCell : ''}${size(entry.bytes)}`;
	return displayWidth(row) > width ? truncate(row, width) : row;
}
