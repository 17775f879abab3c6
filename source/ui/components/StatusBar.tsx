// Where you are, which mode and pane has the keys, a transient message, and the key hints.
import React from 'react';
import {Line} from './Line.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry, selectPosition} from '../state/selectors.ts';
import {displayWidth} from '../../text/width.ts';
import type {Segment} from '../model/segments.ts';
import type {Style} from '../theme.ts';

interface Props {
	state: State;
}

export function statusText(state: State): {left: string; message: string; hints: string} {
	const p = selectPosition(state);
	const mode = state.mode === 'help' ? 'HELP' : state.focus === 'list' ? 'LIST' : 'READER';
	const where = [p.section !== null ? `section ${p.section}/${p.sections}` : null, `${p.percent}%`, p.hits > 0 ? `hit ${p.hit}/${p.hits}` : null].filter(Boolean).join('  ');
	const hints = state.mode === 'help' ? 'q/Esc close  Ctrl-C quit' : state.focus === 'list' ? 'Enter read  Tab tabs  ? help  q quit' : 'Space page  Esc list  ? help  q quit';
	return {left: ` ${mode} │ ${where}`, message: state.message ?? '', hints};
}

export function StatusBar({state}: Props) {
	const {cols} = selectGeometry(state);
	const {left, message, hints} = statusText(state);
	const room = cols - displayWidth(left) - displayWidth(message) - 4;
	const segments: Segment<Style>[] = [
		{text: left, style: 'statusStrong'},
		{text: message ? `  ${message}` : '', style: 'statusStrong'},
	];
	if (room >= displayWidth(hints) + 1) {
		const gap = cols - displayWidth(left) - displayWidth(message ? `  ${message}` : '') - displayWidth(hints) - 1;
		segments.push({text: ' '.repeat(Math.max(1, gap)), style: 'status'}, {text: hints + ' ', style: 'status'});
	}
	return <Line segments={segments} width={cols} colour={state.colour} fill="status" />;
}
