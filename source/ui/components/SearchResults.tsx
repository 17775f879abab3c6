// The results view, in place of the two panes: one row per place the query matches, with where
// it is and a line of context, the matched characters highlighted. Enter goes there.
import {Box} from 'ink';
import {Line} from './Line.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry} from '../state/selectors.ts';
import {resultRows} from '../state/search-results.ts';
import type {Hit} from '../../search/index.ts';
import type {View} from '../view/view.ts';
import type {Segment} from '../view/segments.ts';
import type {StyleName} from '../draw/theme.ts';
import {sanitizeLine} from '../../text/sanitize.ts';
import {displayWidth, truncate} from '../../text/width.ts';

const KIND_LABEL: Record<Hit['kind'], string> = {section: '', measure: '', person: 'person', body: 'body', term: 'term'};

export function hitLabel(view: View, hit: Hit): string {
	if (hit.kind === 'section') {
		const lead = view.sections.find(s => s.id === hit.id)?.lead;
		return `§${hit.id}${lead ? ` ${lead}` : ''}`;
	}
	if (hit.kind === 'measure') {
		const m = view.measures.find(x => x.id === hit.id);
		return `§${hit.section ?? '?'}${m ? ` ${m.group} ${m.ordinal}.` : ''}`;
	}
	return KIND_LABEL[hit.kind];
}

/** The context line as segments; each piece is sanitized on its own so the ranges stay true. */
export function contextSegments(hit: Hit): Segment<StyleName>[] {
	const {text, ranges} = hit.context;
	const out: Segment<StyleName>[] = [];
	let at = 0;
	for (const r of ranges) {
		if (r.start > at) out.push({text: sanitizeLine(text.slice(at, r.start)), style: 'plain'});
		out.push({text: sanitizeLine(text.slice(r.start, r.end)), style: 'hit'});
		at = r.end;
	}
	if (at < text.length) out.push({text: sanitizeLine(text.slice(at)), style: 'plain'});
	return out;
}

export function SearchResults({state}: {state: State}) {
	const {bodyRows, cols} = selectGeometry(state);
	const results = state.search.results;
	if (!results) return null;
	const {hits, selected, query} = results;
	// After a resize the kept window may no longer hold the selection: draw one that does.
	const height = resultRows(state);
	const top = Math.max(Math.min(results.top, selected), selected - height + 1);
	const labelWidth = Math.min(22, Math.max(8, Math.floor(cols / 5)));
	const heading = ` ${hits.length} place${hits.length === 1 ? '' : 's'} match “${sanitizeLine(query)}”`;
	const keys = 'Enter go  Esc back ';
	const gap = cols - displayWidth(heading) - displayWidth(keys);
	const rows = [];
	for (let i = 0; i < height; i++) {
		const hit = hits[top + i];
		if (!hit) {
			rows.push(<Line key={i} segments={[]} width={cols} colour={state.colour} />);
			continue;
		}
		const chosen = top + i === selected;
		const label = truncate(hitLabel(state.view, hit), labelWidth - 1);
		const segments: Segment<StyleName>[] = [{text: chosen ? '>' : ' ', style: 'heading'}, {text: label + ' '.repeat(labelWidth - displayWidth(label)), style: chosen ? 'selected' : 'lead'}, ...contextSegments(hit)];
		rows.push(<Line key={i} segments={segments} width={cols} colour={state.colour} />);
	}
	return (
		<Box flexDirection="column" width={cols} height={bodyRows}>
			<Line segments={[{text: heading, style: 'heading'}, ...(gap > 1 ? [{text: ' '.repeat(gap) + keys, style: 'dim' as StyleName}] : [])]} width={cols} colour={state.colour} />
			{rows}
		</Box>
	);
}
