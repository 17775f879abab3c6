// The report picker for `plenum a.txt b.html …`: newest first, Enter opens one; Space marks a
// report and c compares it with the one under the cursor.
// Its keys are the keymap's (mode 'picker'), as the browser's are.
import {useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import type {Library} from '../../app/library.ts';
import {commandFor} from '../input/keymap.ts';
import {pickerRow} from './rows.ts';
import {truncate} from '../../text/width.ts';

interface Props {
	library: Library;
	/** The folder is still being read: rows come in, newest first, as they are found. */
	scanning?: boolean;
	cols: number;
	rows: number;
	/** The report to select first: the one last opened, when coming back from it. */
	initial: string | null;
	message: string | null;
	onPick(path: string, index: number): void;
	/** c with a report marked: compare the marked report and the one under the cursor. */
	onCompare?(paths: [string, string], index: number): void;
	onQuit(): void;
}

/** The first of `limit` visible rows that keeps `selected` in view, moving as little as it can. */
export function windowTop(top: number, selected: number, limit: number): number {
	if (selected < top) return selected;
	if (selected >= top + limit) return selected - limit + 1;
	return top;
}

interface Shown {
	/** The report selected (null: the first row). */
	path: string | null;
	top: number;
	/** The report Space marked, to compare with another. */
	marked: string | null;
	hint: string | null;
}

export function Picker({library, scanning = false, cols, rows, initial, message, onPick, onCompare, onQuit}: Props) {
	const count = library.entries.length;
	const limit = Math.max(1, rows - 5);
	// The selection and the mark are reports, not rows: rows found while the folder is read go in
	// above and below them, and they stay on their reports.
	const indexOf = (path: string | null) =>
		Math.max(
			0,
			library.entries.findIndex(e => e.path === path),
		);
	// What is drawn, and what the keys read: keys typed in one breath (↓⏎, ↓ Space ↓ c) arrive
	// before the next render, and each must see what the last one left, so Enter opens the report
	// the ↓ moved to and c compares with the report just marked.
	const [shown, show] = useState<Shown>(() => ({path: initial, top: windowTop(0, indexOf(initial), limit), marked: null, hint: null}));
	const selection = useRef(shown);
	const update = (next: Shown) => {
		selection.current = next;
		show(next);
	};
	const apply = (input: string, key: Parameters<typeof commandFor>[2]) => {
		const command = commandFor('picker', input, key);
		const entries = library.entries;
		const count = entries.length;
		const now = selection.current;
		const selected = indexOf(now.path);
		let next = selected;
		// Esc is not a way out here: it is how the user came back from a report.
		if (command === 'quit' || command === 'interrupt') return onQuit();
		if (command === 'open') return count > 0 ? onPick(entries[selected].path, selected) : undefined;
		if (command === 'mark') {
			if (count === 0) return;
			const path = entries[selected].path;
			const unmark = now.marked === path;
			return update({...now, path, marked: unmark ? null : path, hint: unmark ? null : 'Marked. Move to another report and press c to compare the two.'});
		}
		if (command === 'compare') {
			const path = entries[selected]?.path;
			if (now.marked === null || path === undefined || now.marked === path) return update({...now, hint: 'Mark a report with Space first, then press c on another.'});
			return onCompare?.([now.marked, path], selected);
		}
		if (command === 'down') next = Math.min(count - 1, selected + 1);
		else if (command === 'up') next = Math.max(0, selected - 1);
		else if (command === 'top') next = 0;
		else if (command === 'bottom') next = count - 1;
		else return;
		next = Math.max(0, next);
		update({...now, path: entries[next]?.path ?? null, top: windowTop(now.top, next, limit)});
	};
	useInput((input, key) => {
		// Letters typed faster than a frame arrive together (jj): each is a key of its own.
		if (input.length > 1 && !key.ctrl && !key.meta && !input.includes('\x1b')) for (const ch of input) apply(ch, {...key, shift: /[A-Z]/.test(ch)});
		else apply(input, key);
	});
	const {marked, hint} = shown;
	const selected = indexOf(shown.path);
	// Rows found above the selection push it down: the window follows it.
	const top = windowTop(Math.min(shown.top, Math.max(0, count - 1)), selected, limit);
	// The mark sits at the end of the row, so the rows keep their columns.
	const width = cols - 5;
	const skipped = library.skipped > 0 ? ` · ${library.skipped} skipped (not reports)` : '';
	const status = message ?? hint ?? 'Enter open · Space mark, c compare · ↑/↓ move · q quit · Esc in a report comes back here';
	const heading = scanning ? ` ${count} reports so far, newest first · reading the folder…` : ` ${count} reports, newest first${skipped}`;
	return (
		<Box flexDirection="column" height={rows - 1}>
			<Text bold>{truncate(heading, cols - 1)}</Text>
			<Text> </Text>
			<Box flexGrow={1} flexDirection="column">
				{library.entries.slice(top, top + limit).map((entry, i) => {
					const isSelected = top + i === selected;
					return (
						<Text key={entry.path} color={isSelected ? 'blue' : undefined}>
							{isSelected ? '❯ ' : '  '}
							{pickerRow(entry, width)}
							{entry.path === marked ? ' ✓' : '  '}
						</Text>
					);
				})}
			</Box>
			<Text inverse={message !== null}>{truncate(` ${status}`, cols - 1)}</Text>
		</Box>
	);
}
