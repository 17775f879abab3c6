// The left pane: the active tab's items, windowed to the rows that fit. The selected item carries
// a > marker as well as its highlight, so it stays visible without colour and without focus.
import React from 'react';
import {Box} from 'ink';
import {Line} from './Line.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry, selectList} from '../state/selectors.ts';
import {selectListNeedles} from '../state/search-selectors.ts';
import {markSegments} from '../model/matches.ts';
import type {Cell, ListEntry} from '../model/lists.ts';
import type {Segment} from '../model/segments.ts';
import type {Style} from '../theme.ts';

interface Props {
	state: State;
}

function entrySegments(entry: ListEntry, selected: boolean, focused: boolean): Segment<Style>[] {
	const mark: Segment<Style> = {text: selected ? '>' : ' ', style: selected ? 'heading' : 'plain'};
	const cells = entry.cells.map((c: Cell): Segment<Style> => ({text: c.text, style: selected ? (focused ? 'selected' : 'selectedIdle') : c.style}));
	return entry.kind === 'group' ? [{text: ' ', style: 'plain'}, ...cells] : [mark, ...cells];
}

export function ListPane({state}: Props) {
	const {bodyRows, listWidth} = selectGeometry(state);
	const list = selectList(state);
	const top = state.listTop[state.tab];
	const selectedEntry = list.items[state.selected[state.tab]];
	const focused = state.focus === 'list' && state.mode === 'normal';
	const needles = selectListNeedles(state);
	const rows = [];
	for (let i = 0; i < bodyRows; i++) {
		const index = top + i;
		const entry = list.entries[index];
		const selected = index === selectedEntry;
		rows.push(
			<Line
				key={i}
				segments={entry ? markSegments(entrySegments(entry, selected, focused), needles(entry), 'hit') : []}
				width={listWidth}
				colour={state.colour}
				fill={selected ? (focused ? 'selected' : 'plain') : 'plain'}
			/>,
		);
	}
	return (
		<Box flexDirection="column" width={listWidth} height={bodyRows}>
			{rows}
		</Box>
	);
}
