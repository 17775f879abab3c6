// The report picker for `plenum DIR` and `plenum a.txt b.html`: newest first, Enter opens one.
import {useRef} from 'react';
import {Box, Text, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import type {Library} from '../../app/library.ts';
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
	// The list reports each move as it happens; Enter reads that rather than the list's own
	// selection, which lags a render behind keys typed in one breath (↓⏎).
	const start = Math.min(initial, Math.max(0, library.entries.length - 1));
	const highlighted = useRef(start);
	useInput((input, key) => {
		// Esc is not a way out here: it is how the user came back from a report.
		if (input === 'q' || (key.ctrl && input === 'c')) onQuit();
		else if (key.return && library.entries.length > 0) onPick(library.entries[highlighted.current].path, highlighted.current);
	});
	const width = cols - 3;
	const items = library.entries.map((entry, index) => ({key: entry.path, label: pickerRow(entry, width), value: index}));
	const skipped = library.skipped > 0 ? ` · ${library.skipped} skipped (not reports)` : '';
	const status = message ?? 'Enter open · ↑/↓ move · q quit · Esc in a report comes back here';
	return (
		<Box flexDirection="column" height={rows - 1}>
			<Text bold>{truncate(` ${library.entries.length} reports, newest first${skipped}`, cols - 1)}</Text>
			<Text> </Text>
			<Box flexGrow={1} flexDirection="column">
				<SelectInput items={items} initialIndex={start} limit={Math.max(1, rows - 5)} onHighlight={item => (highlighted.current = item.value)} />
			</Box>
			<Text inverse={message !== null}>{truncate(` ${status}`, cols - 1)}</Text>
		</Box>
	);
}
