// Everything derived from the state: the list, the reader's document and rows, where the reader
// stands. The document is laid out where the reader looks (view/rows.ts), and kept, so a keypress
// costs a lookup and the rows that come into view.
import type {State, Anchor} from './types.ts';
import {geometry, type Geometry} from './geometry.ts';
import {memoLast} from './memo.ts';
import {listFor, type ListModel} from '../view/lists.ts';
import {documentFor, emptyDoc, type Doc} from '../view/documents.ts';
import {layoutFor, type Layout, type Place, type Row} from '../view/rows.ts';
import type {Target} from '../view/tabs.ts';
import {filterList} from '../view/matches.ts';

export const selectGeometry = (s: State): Geometry => geometry(s.size);

export function selectList(s: State): ListModel {
	const list = listFor(s.view, s.tab);
	const filter = s.search.filters[s.tab];
	return filter ? filterList(s.view, list, filter.hits, filter.query) : list;
}

export function selectTarget(s: State): Target | null {
	const list = selectList(s);
	const entry = list.entries[list.items[s.selected[s.tab]]];
	return entry?.target ?? null;
}

const NOTHING = emptyDoc('Nothing to show in this tab.');
const READING = emptyDoc('Still reading the report: measures, attendees and terms come in a moment.');

export function selectDoc(s: State): Doc {
	const target = selectTarget(s);
	return target ? documentFor(s.view, target) : s.view.complete ? NOTHING : READING;
}

/** The reader's document laid out at the reader's width. */
export const selectLayout = (s: State): Layout => layoutFor(selectDoc(s).blocks, selectGeometry(s).textWidth);

const topFor = memoLast((layout: Layout, anchor: Anchor, height: number): Place => layout.top(anchor, height));

/** The reader's top row: its anchor's, or as near it as the end of the text allows. */
export const selectReaderTop = (s: State): Place => topFor(selectLayout(s), s.anchor[s.tab], selectGeometry(s).bodyRows);

const windowFor = memoLast((layout: Layout, top: Place, height: number): Row[] => layout.window(top, height));

/** The rows the reader shows. */
export const selectVisibleRows = (s: State): Row[] => windowFor(selectLayout(s), selectReaderTop(s), selectGeometry(s).bodyRows);

/** The furthest the reader scrolls: the last row at the bottom. */
export const maxReaderTop = (s: State): Place => selectLayout(s).maxTop(selectGeometry(s).bodyRows);

export interface Position {
	/** The section at the top of the reader, or null outside sections. */
	section: number | null;
	sections: number;
	percent: number;
	/** 1-based current occurrence, 0 before the first jump. */
	hit: number;
	hits: number;
}

export function selectPosition(s: State): Position {
	const layout = selectLayout(s);
	const top = selectReaderTop(s);
	const height = selectGeometry(s).bodyRows;
	const visible = selectVisibleRows(s);
	const target = selectTarget(s);
	const doc = selectDoc(s);
	const hit = target?.kind === 'measure' ? Math.min(1, doc.hits.length) : s.hit[s.tab] + 1;
	const current = hit > 0 ? doc.hits[hit - 1] : undefined;
	let section: number | null = null;
	const marked = s.sectionMark[s.tab];
	// The section { or } went to, a section picked in the list, or the occurrence jumped to counts
	// as where you are while it is on screen, even when it is too near the end to scroll to the top.
	if (marked !== null && visible.some(r => r.kind === 'title' && r.section === marked)) section = marked;
	else if (target?.kind === 'section' && visible.some(r => r.kind === 'title' && r.section === target.id)) section = target.id;
	else if (current && visible.some(r => r.block === current.block && r.end > current.start && r.start < current.end)) section = doc.blocks[current.block].section;
	else section = visible.find(r => r.section !== null && r.section > 0)?.section ?? null;
	return {section: section || null, sections: s.view.sections.length, percent: layout.percent(top, height), hit, hits: doc.hits.length};
}
