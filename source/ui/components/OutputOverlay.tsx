// A command's output in place of the two panes (as the help is drawn): a title row with the
// command and how it ended, then the output, sanitized, wrapped and scrolled.
import {useEffect, useState} from 'react';
import {Box} from 'ink';
import {Line} from './Line.tsx';
import type {State} from '../state/types.ts';
import type {RunOutput} from '../state/pipe-types.ts';
import {selectGeometry} from '../state/selectors.ts';
import {selectOutputGeometry, selectOutputRows, selectOutputTop} from '../state/pipe-selectors.ts';
import type {Segment} from '../view/segments.ts';
import type {StyleName} from '../draw/theme.ts';
import {displayWidth} from '../../text/width.ts';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function useSpinner(active: boolean): string {
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		if (!active) return;
		const timer = setInterval(() => setFrame(f => (f + 1) % SPINNER.length), 100);
		return () => clearInterval(timer);
	}, [active]);
	return SPINNER[frame];
}

export function titleSegments(output: RunOutput, spinner: string, cols: number): Segment<StyleName>[] {
	const status = output.running ? `${spinner} ${output.cancelling ? 'cancelling…' : 'running · Ctrl-C cancels'} ` : `${output.status}${output.truncated ? ' · output cut' : ''} `;
	const statusStyle: StyleName = output.running ? 'note' : output.failed ? 'count' : 'part';
	const command = ` $ ${output.command}`;
	const input = `  ← ${output.input}`;
	const room = cols - displayWidth(status);
	const left: Segment<StyleName>[] = [{text: command, style: 'heading'}];
	if (displayWidth(command) + displayWidth(input) + 1 <= room) left.push({text: input, style: 'dim'});
	const used = left.reduce((n, s) => n + displayWidth(s.text), 0);
	if (used + 1 > room) return [...left, {text: ' ', style: 'plain'}];
	return [...left, {text: ' '.repeat(room - used), style: 'plain'}, {text: status, style: statusStyle}];
}

export function OutputOverlay({state}: {state: State}) {
	const {bodyRows, cols} = selectGeometry(state);
	const output = state.pipe.output;
	const spinner = useSpinner(Boolean(output?.running));
	if (!output) return null;
	const {height} = selectOutputGeometry(state);
	const rows = selectOutputRows(state);
	const top = selectOutputTop(state);
	const visible = rows.slice(top, top + height);
	const empty = rows.length === 0 && !output.running ? '(no output)' : '';
	return (
		<Box flexDirection="column" width={cols} height={bodyRows}>
			<Line segments={titleSegments(output, spinner, cols)} width={cols} colour={state.colour} />
			{Array.from({length: height}, (_, i) => {
				if (i === 0 && empty) return <Line key={i} segments={[{text: ` ${empty}`, style: 'note'}]} width={cols} colour={state.colour} />;
				const row = visible[i];
				return <Line key={i} segments={row === undefined ? [] : [{text: ` ${row}`, style: 'plain'}]} width={cols} colour={state.colour} />;
			})}
		</Box>
	);
}
