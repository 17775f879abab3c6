// The report picker for `plenum DIR` and `plenum a.txt b.html`: newest first, Enter opens one;
// Space marks a report and c compares it with the one under the cursor.
// Its keys are the keymap's (mode 'picker'), as the browser's are.
import {useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import type {Library} from '../../app/library.ts';
import {commandFor} from '../input/keymap.ts';
import {pickerRow} from './rows.ts';
import {truncate} from '../../text/width.ts';
import {screenText} from '../../text/sanitize.ts';

interface Props {
	library: Library;
	cols: number;
	rows: number;
	/** Index to select first: the report last opened, when coming back from it. */
	initial: number;
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
	selected: number;
	top: number;
	/** The report Space marked, to compare with another. */
	marked: number | null;
	hint: string | null;
}

export function Picker({library, cols, rows, initial, message, onPick, onCompare, onQuit}: Props) {
	const count = library.entries.length;
	const limit = Math.max(1, rows - 5);
	const start = Math.min(initial, Math.max(0, count - 1));
	// What is drawn, and what the keys read: keys typed in one breath (↓⏎, ↓ Space ↓ c) arrive
	// before the next render, and each must see what the last one left, so Enter opens the report
	// the ↓ moved to and c compares with the report just marked.
	const [shown, show] = useState<Shown>(() => ({selected: start, top: windowTop(0, start, limit), marked: null, hint: null}));
	const selection = useRef(shown);
	const update = (next: Shown) => {
		selection.current = next;
		show(next);
	};
	const apply = (input: string, key: Parameters<typeof commandFor>[2]) => {
		const command = commandFor('picker', input, key);
		const now = selection.current;
		const {selected, top} = now;
		let next = selected;
		// Esc is not a way out here: it is how the user came back from a report.
		if (command === 'quit' || command === 'interrupt') return onQuit();
		if (command === 'open') return count > 0 ? onPick(library.entries[selected].path, selected) : undefined;
		if (command === 'mark') {
			if (count === 0) return;
			const unmark = now.marked === selected;
			return update({...now, marked: unmark ? null : selected, hint: unmark ? null : 'Marked. Move to another report and press c to compare the two.'});
		}
		if (command === 'compare') {
			if (now.marked === null || now.marked === selected) return update({...now, hint: 'Mark a report with Space first, then press c on another.'});
			return onCompare?.([library.entries[now.marked].path, library.entries[selected].path], selected);
		}
		if (command === 'down') next = Math.min(count - 1, selected + 1);
		else if (command === 'up') next = Math.max(0, selected - 1);
		else if (command === 'top') next = 0;
		else if (command === 'bottom') next = count - 1;
		else return;
		update({...now, selected: Math.max(0, next), top: windowTop(top, Math.max(0, next), limit)});
	};
	useInput((input, key) => {
		// Letters typed faster than a frame arrive together (jj): each is a key of its own.
		if (input.length > 1 && !key.ctrl && !key.meta && !input.includes('\x1b')) for (const ch of input) apply(ch, {...key, shift: /[A-Z]/.test(ch)});
		else apply(input, key);
	});
	const {selected, top, marked, hint} = shown;
	// The mark sits at the end of the row, so the rows keep their columns.
	const width = cols - 5;
	const skipped = library.skipped > 0 ? ` · ${library.skipped} skipped (not reports)` : '';
	const status = message ?? hint ?? 'Enter open · Space mark, c compare · ↑/↓ move · q quit · Esc in a report comes back here';
	return (
		<Box flexDirection="column" height={rows - 1}>
			<Text bold>{truncate(screenText(` ${count} reports, newest first${skipped}`), cols - 1)}</Text>
			<Text> </Text>
			<Box flexGrow={1} flexDirection="column">
				{library.entries.slice(top, top + limit).map((entry, i) => {
					const isSelected = top + i === selected;
					return (
						<Text key={entry.path} color={isSelected ? 'blue' : undefined}>
							{isSelected ? '❯ ' : '  '}
							{screenText(pickerRow(entry, width))}
							{top + i === marked ? ' ✓' : '  '}
						</Text>
					);
				})}
			</Box>
			<Text inverse={message !== null}>{truncate(screenText(` ${status}`), cols - 1)}</Text>
		</Box>
	);
}
