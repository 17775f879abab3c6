// The report picker for `plenum DIR` and `plenum a.txt b.html`: newest first, Enter opens one.
import React from 'react';
import {Box, Text, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import type {Library} from '../../cli/library.ts';
import {pickerRow} from './rows.ts';
import {truncate} from '../../text/width.ts';

interface Props {
	library: Library;
	cols: number;
	rows: number;
	/** Index to select first: the report last opened, when coming back from it. */
	initial: number;
	message: string | null;
	onPick(path: string, index: number): void;
	onQuit(): void;
}

export function Picker({library, cols, rows, initial, message, onPick, onQuit}: Props) {
	useInput((input, key) => {
		if (input === 'q' || key.escape || (key.ctrl && input === 'c')) onQuit();
	});
	const width = cols - 3;
	const items = library.entries.map((entry, index) => ({key: entry.path, label: pickerRow(entry, width), value: index}));
	const skipped = library.skipped > 0 ? ` · ${library.skipped} skipped (not reports)` : '';
	const status = message ?? 'Enter open · ↑/↓ move · Esc/q quit · Esc in a report comes back here';
	return (
		<Box flexDirection="column" height={rows - 1}>
			<Text bold>{truncate(` ${library.entries.length} reports, newest first${skipped}`, cols - 1)}</Text>
			<Text> </Text>
			<Box flexGrow={1} flexDirection="column">
				<SelectInput items={items} initialIndex={Math.min(initial, Math.max(0, items.length - 1))} limit={Math.max(1, rows - 5)} onSelect={item => onPick(library.entries[item.value].path, item.value)} />
			</Box>
			<Text inverse={message !== null}>{truncate(` ${status}`, cols - 1)}</Text>
		</Box>
	);
}
