// The `?` help, drawn from the keymap table in place of the two panes (never on top of Chinese
// text: terminals disagree on the width of some characters, and an overlay would tear them).
import {Box} from 'ink';
import {Line} from './Line.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry} from '../state/selectors.ts';
import {HELP_INDENT, helpKeysWidth, helpRows} from '../view/help.ts';
import {displayWidth} from '../../text/width.ts';

interface Props {
	state: State;
}

export function HelpOverlay({state}: Props) {
	const {bodyRows, cols} = selectGeometry(state);
	const keysWidth = helpKeysWidth(cols);
	const visible = helpRows(cols).slice(state.helpTop, state.helpTop + bodyRows);
	return (
		<Box flexDirection="column" width={cols} height={bodyRows}>
			{Array.from({length: bodyRows}, (_, i) => {
				const line = visible[i];
				if (!line || line.kind === 'gap') return <Line key={i} segments={[]} width={cols} colour={state.colour} />;
				if (line.kind === 'group') return <Line key={i} segments={[{text: `  ${line.keys}`, style: 'group'}]} width={cols} colour={state.colour} />;
				const keys = line.keys + ' '.repeat(Math.max(1, keysWidth - displayWidth(line.keys)));
				return (
					<Line
						key={i}
						segments={[
							{text: ' '.repeat(HELP_INDENT), style: 'plain'},
							{text: keys, style: 'heading'},
							{text: line.text, style: 'plain'},
						]}
						width={cols}
						colour={state.colour}
					/>
				);
			})}
		</Box>
	);
}
