// Where you are, which mode and pane has the keys, a transient message, and the key hints.
import React from 'react';
import {Line} from './Line.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry, selectPosition} from '../state/selectors.ts';
import {selectMatchStatus} from '../state/search-selectors.ts';
import {displayWidth} from '../../text/width.ts';
import type {Segment} from '../model/segments.ts';
import type {Style} from '../theme.ts';
import {outputStatus} from './OutputOverlay.tsx';

interface Props {
	state: State;
}

export function statusText(state: State): {left: string; message: string; hints: string[]} {
	if (state.mode === 'output') return {...outputStatus(state), message: state.message ?? ''};
	// After `a` the next pipe, copy, open or save takes the whole report: say so until it does.
	if (state.pipe.scope === 'report' && !state.message) return statusText({...state, message: 'Whole report: y Y | e v s'});
	const p = selectPosition(state);
	const search = selectMatchStatus(state);
	if (search.section !== null) p.section = search.section;
	const mode = state.mode === 'help' ? 'HELP' : state.mode === 'results' ? 'RESULTS' : state.focus === 'list' ? 'LIST' : 'READER';
	const where = [p.section !== null ? `section ${p.section}/${p.sections}` : null, `${p.percent}%`, p.hits > 0 ? (p.hit > 0 ? `hit ${p.hit}/${p.hits}` : `${p.hits} hit${p.hits === 1 ? '' : 's'}`) : null, search.label].filter(Boolean).join('  ');
	const hints = state.mode === 'help' ? ['↑↓ scroll  Esc close  Ctrl-C quit', 'Esc close'] : state.mode === 'results' ? ['↑↓ move  Enter go  Esc back', 'Esc back'] : [state.focus === 'list' ? 'Enter read  Tab tabs  ? help  q quit' : 'Space page  Esc list  ? help  q quit', '? help  q quit', '? help'];
	return {left: ` ${mode} │ ${where}`, message: state.message ?? '', hints};
}

export function StatusBar({state}: Props) {
	const {cols} = selectGeometry(state);
	const {left, message, hints} = statusText(state);
	const shown = message ? `  ${message}` : '';
	const segments: Segment<Style>[] = [
		{text: left, style: 'statusStrong'},
		{text: shown, style: 'statusStrong'},
	];
	// The longest hint that fits; a message wins over hints on a narrow terminal.
	const room = cols - displayWidth(left) - displayWidth(shown) - 2;
	const hint = hints.find(h => displayWidth(h) <= room);
	if (hint) segments.push({text: ' '.repeat(room - displayWidth(hint) + 1), style: 'status'}, {text: hint + ' ', style: 'status'});
	return <Line segments={segments} width={cols} colour={state.colour} fill="status" />;
}
