// The report picker for `plenum a.txt b.html …` (or several folders): newest first, rows as the
// files are read, Enter opens one, `/` filters the list, Space marks a report and c compares it
// with the one under the cursor. Its keys are the keymap's (mode 'picker'), as the browser's are
// (state.ts).
import {useEffect, useRef, useState} from 'react';
import {Box, Text} from 'ink';
import type {Library} from '../../app/library.ts';
import type {FnKey} from '../input/keymap.ts';
import {pickerRow} from './rows.ts';
import {truncate} from '../../text/width.ts';
import {screenText} from '../../text/sanitize.ts';
import type {KeySource} from '../terminal/input.ts';
import {initialPicker, matching, pickerKey, selectedRow, shownTop} from './state.ts';
import {NO_KEY} from '../terminal/decode.ts';

export {windowTop} from './state.ts';

interface Props {
	library: Library;
	/** The folder is still being read: rows come in, newest first, as they are found. */
	scanning?: boolean;
	cols: number;
	rows: number;
	/** The report to select first: the one last opened, when coming back from it. */
	initial: string | null;
	message: string | null;
	/** The terminal's keys (terminal/input.ts). */
	input?: KeySource;
	onPick(path: string, index: number): void;
	/** c with a report marked: compare the marked report and the one under the cursor. */
	onCompare?(paths: [string, string], index: number): void;
	/** q, or Ctrl-C (`interrupted`, for exit code 130). */
	onQuit(interrupted?: boolean): void;
}

export function Picker({library, scanning = false, cols, rows, initial, message, input, onPick, onCompare, onQuit}: Props) {
	const count = library.entries.length;
	const limit = Math.max(1, rows - 5);
	// What is drawn, and what the keys read: keys typed in one breath (↓⏎, ↓ Space ↓ c) arrive
	// before the next render, and each must see the state the last one left, so Enter opens the
	// report the ↓ moved to and c compares with the report just marked.
	const [shown, show] = useState(() => initialPicker(library, initial, limit));
	const current = useRef(shown);
	const apply = (text: string, key: FnKey) => {
		const {state, outcome} = pickerKey(current.current, text, key, library, limit);
		current.current = state;
		show(state);
		if (outcome?.kind === 'pick') onPick(outcome.path, outcome.index);
		if (outcome?.kind === 'compare') onCompare?.([outcome.marked, outcome.path], outcome.index);
		if (outcome?.kind === 'quit') onQuit(outcome.interrupted);
	};
	const latest = useRef(apply);
	useEffect(() => {
		latest.current = apply;
	});
	useEffect(
		() =>
			input?.subscribe(event => {
				if (event.kind === 'paste' && current.current.typing) return latest.current(event.text.replace(/\s+/g, ' '), NO_KEY);
				if (event.kind !== 'key') return;
				// Letters typed faster than a frame arrive together (jj): each is a key of its own.
				if (event.input.length > 1 && !event.key.ctrl && !event.key.meta) for (const ch of event.input) latest.current(ch, {...event.key, shift: /[A-Z]/.test(ch)});
				else latest.current(event.input, event.key);
			}),
		[input],
	);
	const {query, typing, marked, hint} = shown;
	const visible = matching(library, query);
	const selected = selectedRow(library, visible, shown.path);
	// Rows found above the selection push it down: the window follows it.
	const top = shownTop(shown, selected, visible.length, limit);
	// The mark sits at the end of the row, so the rows keep their columns.
	const width = cols - 5;
	const skipped = library.skipped > 0 ? ` · ${library.skipped} skipped (not reports)` : '';
	const counted = `${query ? `${visible.length} of ${count}` : count} reports${scanning ? ' so far' : ''}`;
	const status = typing
		? `/ ${query}▏  ${visible.length} of ${count} · Enter keep · Esc cancel`
		: (message ??
			hint ??
			(query ? `filter “${query}” · Enter open · / change · Esc clear · Space mark, c compare · q quit` : 'Enter open · / filter · Space mark, c compare · ↑/↓ move · q quit · Esc in a report comes back here'));
	return (
		<Box flexDirection="column" height={rows - 1}>
			<Text bold>{truncate(screenText(` ${counted}, newest first${scanning ? ' · reading the folder…' : skipped}`), cols - 1)}</Text>
			<Text> </Text>
			<Box flexGrow={1} flexDirection="column">
				{query && visible.length === 0 ? <Text dimColor>{truncate(screenText(`  No report matches “${query}”.`), cols - 1)}</Text> : null}
				{visible.slice(top, top + limit).map((index, i) => {
					const entry = library.entries[index];
					const isSelected = top + i === selected;
					return (
						<Text key={entry.path} color={isSelected ? 'blue' : undefined}>
							{isSelected ? '❯ ' : '  '}
							{screenText(pickerRow(entry, width))}
							{entry.path === marked ? ' ✓' : '  '}
						</Text>
					);
				})}
			</Box>
			<Text inverse={message !== null || typing}>{truncate(screenText(` ${status}`), cols - 1)}</Text>
		</Box>
	);
}
