// The search prompt on the bottom row, in place of the status bar: what `/` searches or filters,
// the query (ink-text-input), and the count as it changes with each keystroke.
import React, {useCallback} from 'react';
import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import type {Dispatch} from 'react';
import {Line} from './Line.tsx';
import type {Action, State} from '../state/types.ts';
import {selectGeometry} from '../state/selectors.ts';
import {selectMatchStatus} from '../state/search-selectors.ts';
import {TABS} from '../model/tabs.ts';
import {displayWidth} from '../../text/width.ts';

interface Props {
	state: State;
	dispatch: Dispatch<Action>;
	/** The prompt reads keys only while true (tests render without a keyboard). */
	active: boolean;
}

export function promptLabel(state: State): string {
	const prompt = state.search.prompt;
	if (prompt?.target !== 'list') return ' / ';
	return ` filter ${TABS.find(t => t.id === state.tab)?.label ?? ''} / `;
}

/** The right-hand side: progress, the count, and the keys that leave the prompt. */
export function promptStatus(state: State): {count: string; hints: string[]} {
	const {prompt, index} = state.search;
	if (!index) return {count: 'indexing…', hints: ['Esc cancel']};
	const status = selectMatchStatus(state);
	let count = '';
	if (prompt?.text.trim()) count = prompt.target === 'list' ? status.label ?? '' : (status.label ?? 'no match');
	return {count, hints: ['Enter keep  Esc cancel  Tab all hits', 'Enter keep  Esc cancel', 'Esc cancel']};
}

export function SearchPrompt({state, dispatch, active}: Props) {
	const {cols} = selectGeometry(state);
	const onChange = useCallback((text: string) => dispatch({type: 'searchInput', text}), [dispatch]);
	const label = promptLabel(state);
	const {count, hints} = promptStatus(state);
	const shownCount = count ? ` ${count} ` : '';
	// The query keeps at least a third of the row; hints give way first, then the count.
	const room = cols - displayWidth(label) - Math.max(8, Math.floor(cols / 3));
	const hint = hints.find(h => displayWidth(shownCount) + displayWidth(h) + 2 <= room) ?? '';
	const right = hint ? `${shownCount} ${hint} ` : displayWidth(shownCount) <= room ? shownCount : '';
	const inputWidth = Math.max(1, cols - displayWidth(label) - displayWidth(right));
	return (
		<Box width={cols} height={1}>
			<Line segments={[{text: label, style: 'statusStrong'}]} width={displayWidth(label)} colour={state.colour} />
			<Box width={inputWidth} height={1} overflow="hidden">
				<Text wrap="truncate-start">
					<TextInput value={state.search.prompt?.text ?? ''} onChange={onChange} focus={active} showCursor={active} />
				</Text>
			</Box>
			{right ? <Line segments={[{text: right, style: 'status'}]} width={displayWidth(right)} colour={state.colour} /> : null}
		</Box>
	);
}
