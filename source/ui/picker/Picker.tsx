// The report picker for `plenum DIR` and `plenum a.txt b.html`: newest first, Enter opens one.
// Its keys are the keymap's (mode 'picker'), as the browser's are.
import {useEffect, useRef, useState} from 'react';
import {Box, Text} from 'ink';
import type {Library} from '../../app/library.ts';
import {commandFor} from '../input/keymap.ts';
import {pickerRow} from './rows.ts';
import {truncate} from '../../text/width.ts';
import type {KeySource} from '../terminal/input.ts';

interface Props {
	library: Library;
	cols: number;
	rows: number;
	/** Index to select first: the report last opened, when coming back from it. */
	initial: number;
	message: string | null;
	/** The terminal's keys (terminal/input.ts). */
	input?: KeySource;
	onPick(path: string, index: number): void;
	onQuit(): void;
}

/** The first of `limit` visible rows that keeps `selected` in view, moving as little as it can. */
export function windowTop(top: number, selected: number, limit: number): number {
	if (selected < top) return selected;
	if (selected >= top + limit) return selected - limit + 1;
	return top;
}

export function Picker({library, cols, rows, initial, message, input, onPick, onQuit}: Props) {
	const count = library.entries.length;
	const limit = Math.max(1, rows - 5);
	const start = Math.min(initial, Math.max(0, count - 1));
	// What is drawn, and what the keys read: keys typed in one breath (↓⏎) arrive before the next
	// render, and each must see the selection the last one left, so Enter opens the report the ↓
	// moved to.
	const [shown, show] = useState(() => ({selected: start, top: windowTop(0, start, limit)}));
	const selection = useRef(shown);
	const apply = (input: string, key: Parameters<typeof commandFor>[2]) => {
		const command = commandFor('picker', input, key);
		const {selected, top} = selection.current;
		let next = selected;
		// Esc is not a way out here: it is how the user came back from a report.
		if (command === 'quit' || command === 'interrupt') return onQuit();
		if (command === 'open') return count > 0 ? onPick(library.entries[selected].path, selected) : undefined;
		if (command === 'down') next = Math.min(count - 1, selected + 1);
		else if (command === 'up') next = Math.max(0, selected - 1);
		else if (command === 'top') next = 0;
		else if (command === 'bottom') next = count - 1;
		else return;
		selection.current = {selected: Math.max(0, next), top: windowTop(top, Math.max(0, next), limit)};
		show(selection.current);
	};
	const latest = useRef(apply);
	useEffect(() => {
		latest.current = apply;
	});
	useEffect(
		() =>
			input?.subscribe(event => {
				if (event.kind !== 'key') return;
				// Letters typed faster than a frame arrive together (jj): each is a key of its own.
				if (event.input.length > 1 && !event.key.ctrl && !event.key.meta) for (const ch of event.input) latest.current(ch, {...event.key, shift: /[A-Z]/.test(ch)});
				else latest.current(event.input, event.key);
			}),
		[input],
	);
	const {selected, top} = shown;
	const width = cols - 3;
	const skipped = library.skipped > 0 ? ` · ${library.skipped} skipped (not reports)` : '';
	const status = message ?? 'Enter open · ↑/↓ move · q quit · Esc in a report comes back here';
	return (
		<Box flexDirection="column" height={rows - 1}>
			<Text bold>{truncate(` ${count} reports, newest first${skipped}`, cols - 1)}</Text>
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
