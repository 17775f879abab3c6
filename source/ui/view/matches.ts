// Search hits as the browser draws them. The engine's ranges are offsets into the model's text;
// the screen shows sanitized text, so section ranges go through each section's offset map, and
// list rows are marked wherever the matched characters appear in their cells.
import type {Hit, HitKind} from '../../search/index.ts';
import {sanitizeLine} from '../../text/sanitize.ts';
import type {View} from './view.ts';
import type {Block, Mark} from './documents.ts';
import type {ListEntry, ListModel} from './lists.ts';
import type {Segment} from './segments.ts';
import type {TabId, Target} from './tabs.ts';

/** What a list filter searches in each tab. */
export const TAB_KINDS: Record<TabId, HitKind[]> = {sections: ['section'], measures: ['measure'], attendees: ['person', 'body'], terms: ['term']};

export const TAB_OF_KIND: Record<HitKind, TabId> = {section: 'sections', measure: 'measures', person: 'attendees', body: 'attendees', term: 'terms'};

const marksCache = new WeakMap<Hit[], WeakMap<Block[], Mark[]>>();
const sectionBlocksCache = new WeakMap<Block[], Map<number, number[]>>();

/** The text blocks of each section in a document, in order (found without reading their text). */
function blocksBySection(blocks: Block[]): Map<number, number[]> {
	let found = sectionBlocksCache.get(blocks);
	if (!found) {
		found = new Map();
		blocks.forEach((block, b) => {
			if (block.kind !== 'text' || !block.section) return;
			const list = found!.get(block.section);
			if (list) list.push(b);
			else found!.set(block.section, [b]);
		});
		sectionBlocksCache.set(blocks, found);
	}
	return found;
}

/** Every match inside the reader's text blocks, in reading order. */
export function readerMatches(view: View, blocks: Block[], hits: Hit[]): Mark[] {
	let byBlocks = marksCache.get(hits);
	if (!byBlocks) marksCache.set(hits, (byBlocks = new WeakMap()));
	let marks = byBlocks.get(blocks);
	if (marks) return marks;
	const sections = new Map(view.sections.map(s => [s.id, s]));
	const bySection = blocksBySection(blocks);
	// Only the blocks of sections that matched are read: a long report is not sanitized whole.
	const sectionHits = new Map<number, Hit>();
	for (const hit of hits) if (hit.kind === 'section') sectionHits.set(hit.id, hit);
	const found: {block: number; hit: Hit}[] = [];
	for (const hit of sectionHits.values()) for (const block of bySection.get(hit.id) ?? []) found.push({block, hit});
	found.sort((a, b) => a.block - b.block);
	marks = [];
	for (const {block: b, hit} of found) {
		const section = sections.get(hit.id);
		// Caption lines are text blocks too, but not a section's text: only the section's own block.
		if (!section || section.text !== blocks[b].text) continue;
		for (const r of hit.ranges) {
			const start = section.screenOffset(r.start);
			const end = section.screenOffset(Math.min(r.end, section.size));
			if (end > start) marks.push({block: b, start, end});
		}
	}
	byBlocks.set(blocks, marks);
	return marks;
}

/** The list item a hit points at. */
export function targetOf(view: View, hit: Hit): Target {
	if (hit.kind === 'section') return {kind: 'section', id: hit.id};
	if (hit.kind === 'measure')
		return {
			kind: 'measure',
			index: Math.max(
				0,
				view.measures.findIndex(m => m.id === hit.id),
			),
		};
	return {kind: hit.kind, index: hit.id};
}

function keyOf(view: View, target: Target): string {
	if (target.kind === 'section') return `section:${target.id}`;
	if (target.kind === 'measure') return `measure:${view.measures[target.index]?.id}`;
	return `${target.kind}:${target.index}`;
}

const hitMaps = new WeakMap<Hit[], Map<string, Hit>>();

function hitMap(hits: Hit[]): Map<string, Hit> {
	let map = hitMaps.get(hits);
	if (!map) hitMaps.set(hits, (map = new Map(hits.map(h => [`${h.kind}:${h.id}`, h]))));
	return map;
}

export function hitForTarget(view: View, hits: Hit[], target: Target | undefined): Hit | undefined {
	return target ? hitMap(hits).get(keyOf(view, target)) : undefined;
}

/** The matched characters of a hit as they appear on screen, longest first. */
export function needlesOf(hit: Hit | undefined): string[] {
	if (!hit) return [];
	const found = new Set(hit.ranges.map(r => sanitizeLine(hit.text.slice(r.start, r.end))));
	return [...found].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** Splits segments wherever a needle occurs and gives those pieces the hit style. */
export function markSegments<S>(segments: Segment<S>[], needles: string[], hitStyle: S): Segment<S>[] {
	if (needles.length === 0) return segments;
	const out: Segment<S>[] = [];
	for (const seg of segments) {
		let at = 0;
		let i = 0;
		while (i < seg.text.length) {
			const needle = needles.find(n => seg.text.startsWith(n, i));
			if (!needle) {
				i++;
				continue;
			}
			if (i > at) out.push({text: seg.text.slice(at, i), style: seg.style});
			out.push({text: needle, style: hitStyle});
			i += needle.length;
			at = i;
		}
		if (at < seg.text.length) out.push({text: seg.text.slice(at), style: seg.style});
	}
	return out;
}

const filterCache = new WeakMap<Hit[], WeakMap<ListModel, ListModel>>();

/** The list with only the items the hits point at, under their (recounted) group headings. */
export function filterList(view: View, list: ListModel, hits: Hit[], query: string): ListModel {
	let byList = filterCache.get(hits);
	if (!byList) filterCache.set(hits, (byList = new WeakMap()));
	const cached = byList.get(list);
	if (cached) return cached;
	const keys = hitMap(hits);
	const entries: ListEntry[] = [];
	let group: ListEntry | null = null;
	let rule: ListEntry | null = null;
	let shown: {entry: ListEntry; count: number} | null = null;
	for (const entry of list.entries) {
		if (entry.kind === 'group') [group, shown] = [entry, null];
		else if (entry.kind === 'gap' && entry.cells.length > 0) rule = entry;
		if (entry.kind !== 'item' || !entry.target || !keys.has(keyOf(view, entry.target))) continue;
		if (group && !shown) {
			if (entries.length > 0) entries.push({kind: 'gap', cells: []});
			if (rule && entries.length > 0) entries.push(rule, {kind: 'gap', cells: []});
			shown = {entry: {...group, cells: group.cells.slice(0, 1)}, count: 0};
			entries.push(shown.entry);
			rule = null;
		}
		if (shown) shown.entry.cells = [shown.entry.cells[0], {text: ` (${++shown.count})`, style: 'dim'}];
		entries.push(entry);
	}
	if (entries.length === 0) entries.push({kind: 'empty', cells: [{text: `No match for “${sanitizeLine(query)}”`, style: 'dim'}]});
	const filtered: ListModel = {entries, items: entries.flatMap((e, i) => (e.kind === 'item' ? [i] : []))};
	byList.set(list, filtered);
	return filtered;
}

export function sameTarget(a: Target | undefined | null, b: Target | undefined | null): boolean {
	if (!a || !b || a.kind !== b.kind) return false;
	return a.kind === 'section' ? a.id === (b as typeof a).id : a.index === (b as {index: number}).index;
}

/** Position of a target among the list's selectable items, -1 when it is not listed. */
export function indexOfTarget(list: ListModel, target: Target | null): number {
	return list.items.findIndex(e => sameTarget(list.entries[e].target, target));
}
