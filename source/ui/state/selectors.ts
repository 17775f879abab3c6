// Everything derived from the state: the list, the reader's document and rows, where the reader
// stands. Layout is cached per width (model/rows.ts), so a keypress costs a lookup and a slice.
import type {State, Anchor} from './types.ts';
import {geometry, type Geometry} from './geometry.ts';
import {memoLast} from './memo.ts';
import {listFor, type ListModel} from '../view/lists.ts';
import {documentFor, emptyDoc, type Doc} from '../view/documents.ts';
import {layoutRows, rowOf, type Row} from '../view/rows.ts';
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

export function selectDoc(s: State): Doc {
	const target = selectTarget(s);
	return target ? documentFor(s.view, target) : NOTHING;
}

export const selectRows = (s: State): Row[] => layoutRows(selectDoc(s).blocks, selectGeometry(s).textWidth);

const topFor = memoLast((rows: Row[], anchor: Anchor, height: number): number => {
	const row = rowOf(rows, anchor.block, anchor.offset);
	return Math.max(0, Math.min(row, rows.length - height));
});

export const selectReaderTop = (s: State): number => topFor(selectRows(s), s.anchor[s.tab], selectGeometry(s).bodyRows);

export const maxReaderTop = (s: State): number => Math.max(0, selectRows(s).length - selectGeometry(s).bodyRows);

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
	const rows = selectRows(s);
	const top = selectReaderTop(s);
	const height = selectGeometry(s).bodyRows;
	const visible = rows.slice(top, top + height);
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
	const percent = rows.length === 0 ? 100 : Math.round((Math.min(rows.length, top + height) / rows.length) * 100);
	return {section: section || null, sections: s.view.sections.length, percent, hit, hits: doc.hits.length};
}

/** Each section title in the reader (its row and section), for { and }. */
export const selectTitles = memoLast((rows: Row[]): {row: number; section: number}[] =>
	rows.flatMap((r, i) => (r.kind === 'title' && r.start === 0 && r.section !== null && r.section > 0 ? [{row: i, section: r.section}] : [])),
);
