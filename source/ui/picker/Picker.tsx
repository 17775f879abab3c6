// The report picker for `plenum DIR` and `plenum a.txt b.html`: newest first, Enter opens one.
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
	onQuit(): void;
}

/** The first of `limit` visible rows that keeps `selected` in view, moving as little as it can. */
export function windowTop(top: number, selected: number, limit: number): number {
	if (selected < top) return selected;
	if (selected >= top + limit) return selected - limit + 1;
	return top;
}

export function Picker({library, scanning = false, cols, rows, initial, message, onPick, onQuit}: Props) {
	const count = library.entries.length;
	const limit = Math.max(1, rows - 5);
	// The selection is a report, not a row: rows found while the folder is read go in above and
	// below it, and it stays on the report.
	const indexOf = (path: string | null) =>
		Math.max(
			0,
			library.entries.findIndex(e => e.path === path),
		);
	// What is drawn, and what the keys read: keys typed in one breath (↓⏎) arrive before the next
	// render, and each must see the selection the last one left, so Enter opens the report the ↓
	// moved to.
	const [shown, show] = useState(() => ({path: initial, top: windowTop(0, indexOf(initial), limit)}));
	const selection = useRef(shown);
	const apply = (input: string, key: Parameters<typeof commandFor>[2]) => {
		const command = commandFor('picker', input, key);
		const entries = library.entries;
		const count = entries.length;
		const {top} = selection.current;
		const selected = Math.max(
			0,
			entries.findIndex(e => e.path === selection.current.path),
		);
		let next = selected;
		// Esc is not a way out here: it is how the user came back from a report.
		if (command === 'quit' || command === 'interrupt') return onQuit();
		if (command === 'open') return count > 0 ? onPick(entries[selected].path, selected) : undefined;
		if (command === 'down') next = Math.min(count - 1, selected + 1);
		else if (command === 'up') next = Math.max(0, selected - 1);
		else if (command === 'top') next = 0;
		else if (command === 'bottom') next = count - 1;
		else return;
		next = Math.max(0, next);
		selection.current = {path: entries[next]?.path ?? null, top: windowTop(top, next, limit)};
		show(selection.current);
	};
	useInput((input, key) => {
		// Letters typed faster than a frame arrive together (jj): each is a key of its own.
		if (input.length > 1 && !key.ctrl && !key.meta && !input.includes('\x1b')) for (const ch of input) apply(ch, {...key, shift: /[A-Z]/.test(ch)});
		else apply(input, key);
	});
	const selected = indexOf(shown.path);
	// Rows found above the selection push it down: the window follows it.
	const top = windowTop(Math.min(shown.top, Math.max(0, count - 1)), selected, limit);
	const width = cols - 3;
	const skipped = library.skipped > 0 ? ` · ${library.skipped} skipped (not reports)` : '';
	const status = message ?? 'Enter open · ↑/↓ move · q quit · Esc in a report comes back here';
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
						</Text>
					);
				})}
			</Box>
			<Text inverse={message !== null}>{truncate(` ${status}`, cols - 1)}</Text>
		</Box>
	);
}
