// The right pane: the focused item's document, only the rows that fit, with occurrences marked.
import React from 'react';
import {Box} from 'ink';
import {Line} from './Line.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry, selectReaderTop, selectRows} from '../state/selectors.ts';
import {selectReaderMarks} from '../state/search-selectors.ts';
import type {Hit} from '../model/documents.ts';
import type {Row} from '../model/rows.ts';
import type {Segment} from '../model/segments.ts';
import type {Style} from '../theme.ts';

interface Props {
	state: State;
}

const KIND_STYLE: Record<Row['kind'], Style> = {title: 'title', text: 'plain', blank: 'plain', note: 'note'};

/** Split a row at the hits that overlap it; the current hit is drawn stronger than the rest. */
export function rowSegments(row: Row, hits: Hit[], current: number): Segment<Style>[] {
	const base = KIND_STYLE[row.kind];
	const segments: Segment<Style>[] = [{text: ' ', style: 'plain'}];
	let at = row.start;
	hits.forEach((hit, i) => {
		if (hit.block !== row.block || hit.end <= row.start || hit.start >= row.end) return;
		const from = Math.max(hit.start, row.start);
		const to = Math.min(hit.end, row.end);
		if (from > at) segments.push({text: row.text.slice(at - row.start, from - row.start), style: base});
		segments.push({text: row.text.slice(from - row.start, to - row.start), style: i === current ? 'currentHit' : 'hit'});
		at = to;
	});
	if (at < row.end) segments.push({text: row.text.slice(at - row.start), style: base});
	return segments;
}

export function ReaderPane({state}: Props) {
	const {bodyRows, readerWidth} = selectGeometry(state);
	const rows = selectRows(state);
	const top = selectReaderTop(state);
	const {hits, current} = selectReaderMarks(state);
	const visible = rows.slice(top, top + bodyRows);
	return (
		<Box flexDirection="column" width={readerWidth} height={bodyRows}>
			{Array.from({length: bodyRows}, (_, i) => {
				const row = visible[i];
				return <Line key={i} segments={row ? rowSegments(row, hits, current) : []} width={readerWidth} colour={state.colour} />;
			})}
		</Box>
	);
}
