// The report's identity: title and date on the first row, source and meeting on the second.
import {Box} from 'ink';
import {ScreenRow} from './PaneLines.tsx';
import type {ViewMeta} from '../view/view.ts';
import {headerLines} from '../draw/screen-lines.ts';

export function Header({meta, width, colour}: {meta: ViewMeta; width: number; colour: boolean}) {
	return (
		<Box flexDirection="column" width={width}>
			{headerLines(meta, width).map((lines, i) => (
				<ScreenRow key={i} lines={lines} colour={colour} />
			))}
		</Box>
	);
}
