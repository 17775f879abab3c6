// Shown instead of the panes when the terminal cannot hold them, rather than a broken frame.
import {Box} from 'ink';
import {Line} from './Line.tsx';
import {wrap} from '../../text/wrap.ts';
import {MIN_COLS, MIN_ROWS} from '../state/geometry.ts';

interface Props {
	cols: number;
	rows: number;
	colour: boolean;
}

export const TOO_SMALL = `terminal too small (needs ${MIN_COLS}×${MIN_ROWS})`;

export function TooSmall({cols, rows, colour}: Props) {
	const width = Math.max(1, cols);
	const lines = [...wrap(TOO_SMALL, width), ...wrap(`now ${cols}×${rows}; q quits`, width)].slice(0, Math.max(1, rows - 1));
	return (
		<Box flexDirection="column" width={width}>
			{lines.map((l, i) => (
				<Line key={i} segments={[{text: l.text, style: i === 0 ? 'heading' : 'dim'}]} width={width} colour={colour} />
			))}
		</Box>
	);
}
