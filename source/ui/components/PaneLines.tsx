// Pane lines (model/screen-lines.ts) as Ink nodes: a row of them side by side, or a pane's column
// as a single text of its lines.
import {Box, Text} from 'ink';
import type {PaneLine} from '../draw/screen-lines.ts';
import {paintLine, paintRows} from '../draw/paint.ts';

export function ScreenRow({lines, colour}: {lines: PaneLine[]; colour: boolean}) {
	return <Text wrap="truncate-end">{paintRows([lines], colour)[0]}</Text>;
}

export function Column({lines, width, colour}: {lines: PaneLine[]; width: number; colour: boolean}) {
	return (
		<Box flexDirection="column" width={width} height={lines.length}>
			<Text wrap="truncate-end">{lines.map(line => paintLine(line, colour)).join('\n')}</Text>
		</Box>
	);
}
