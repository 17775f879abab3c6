// The reader's content for a list item: the whole report for sections and measures (so a measure
// is read in its context), and for a person, body or term the sections where it occurs, with each
// occurrence marked as a hit the reader can jump between.
import type {View, ViewSection} from './view.ts';
import type {Target} from './tabs.ts';
import {personParts} from './lists.ts';
import {bodyPartLabel} from '../../model/attendance.ts';
import {occurrencesOf} from '../../parse/lexicon/occurrences.ts';

export type BlockKind = 'title' | 'text' | 'blank' | 'note';

export interface Block {
	kind: BlockKind;
	/** A section's text block reads its section's text, sanitized when first shown. */
	readonly text: string;
	/** The section the block belongs to; 0 for the report's metadata, null for notes. */
	section: number | null;
	/** How much text the block holds, known without reading it (a section's size). */
	size?: number;
}

/** A stretch of a block the reader highlights: an occurrence of the item, or a search match. */
export interface Mark {
	block: number;
	start: number;
	end: number;
}

export interface Doc {
	blocks: Block[];
	hits: Mark[];
	/** Where the reader opens: the block to show at the top. */
	home: number;
}

function sectionTitle(s: ViewSection): string {
	return `§${s.id}${s.lead ? `  ${s.lead}` : ''}`;
}

/** A section's text as a block: read from the section when the reader first shows it. */
function textBlock(s: ViewSection): Block {
	return {
		kind: 'text',
		get text() {
			return s.text;
		},
		section: s.id,
		size: s.size,
	};
}

function sectionBlocks(sections: ViewSection[], blocks: Block[]): Map<number, number> {
	const textBlocks = new Map<number, number>();
	for (const s of sections) {
		if (blocks.length > 0) blocks.push({kind: 'blank', text: '', section: s.id});
		blocks.push({kind: 'title', text: sectionTitle(s), section: s.id});
		textBlocks.set(s.id, blocks.length);
		blocks.push(textBlock(s));
	}
	return textBlocks;
}

// Keyed by the sections, not the view: the view made when the extractors are done shares them,
// and so the report's document and its layout.
const reportCache = new WeakMap<ViewSection[], {blocks: Block[]; textBlock: Map<number, number>}>();

function reportBlocks(view: View) {
	let cached = reportCache.get(view.sections);
	if (!cached) {
		const blocks: Block[] = [];
		const textBlock = sectionBlocks(view.sections, blocks);
		if (blocks.length === 0) blocks.push({kind: 'note', text: 'This report has no body text.', section: null});
		reportCache.set(view.sections, (cached = {blocks, textBlock}));
	}
	return cached;
}

/** Sections (and metadata) where any of `needles` occurs, each occurrence a hit; `names`: a person's, not inside a doctrine's name. */
function occurrenceDoc(view: View, header: Block[], needles: string[], listed: number[], names = false): Doc {
	const occurrences = (text: string) => occurrencesOf(text, needles, {names}).map(({start, end}) => ({start, end}));
	const blocks = [...header];
	const hits: Mark[] = [];
	const home = 0;
	const wanted = new Set(listed);
	// The parser's list may lag behind the text: the text itself decides where a name occurs.
	const sections = view.sections.filter(s => wanted.has(s.id) || occurrences(s.text).length > 0);
	const metaLines = view.meta.lines.filter(l => occurrences(l).length > 0);
	if (metaLines.length > 0 || wanted.has(0)) {
		blocks.push({kind: 'blank', text: '', section: 0}, {kind: 'title', text: 'Caption and byline', section: 0});
		for (const line of metaLines) {
			blocks.push({kind: 'text', text: line, section: 0});
			for (const h of occurrences(line)) hits.push({block: blocks.length - 1, ...h});
		}
	}
	for (const s of sections) {
		blocks.push({kind: 'blank', text: '', section: s.id}, {kind: 'title', text: sectionTitle(s), section: s.id});
		blocks.push(textBlock(s));
		for (const h of occurrences(s.text)) hits.push({block: blocks.length - 1, ...h});
	}
	if (sections.length === 0 && metaLines.length === 0) blocks.push({kind: 'blank', text: '', section: null}, {kind: 'note', text: 'Not found in the text.', section: null});
	return {blocks, hits, home};
}

function measureDoc(view: View, index: number): Doc {
	const {blocks, textBlock} = reportBlocks(view);
	const m = view.measures[index];
	const section = view.sections.find(s => s.id === m.section);
	const block = textBlock.get(m.section);
	if (!section || block === undefined) return {blocks, hits: [], home: 0};
	const mapped = m.start >= 0 && m.start <= section.size ? section.screenOffset(m.start) : -1;
	// Trust the parser's offset when the text there is the item's; otherwise find the item's
	// words; an item the parser rewrote (markers dropped) still has its offset to go by.
	let start = mapped >= 0 && section.text.startsWith(m.text.slice(0, 2), mapped) ? mapped : section.text.indexOf(m.text);
	if (start < 0) start = mapped;
	const hits = start >= 0 ? [{block, start, end: Math.min(section.text.length, start + m.text.length)}] : [];
	return {blocks, hits, home: block - 1};
}

function build(view: View, target: Target): Doc {
	switch (target.kind) {
		case 'section': {
			const {blocks, textBlock} = reportBlocks(view);
			return {blocks, hits: [], home: Math.max(0, (textBlock.get(target.id) ?? 1) - 1)};
		}
		case 'measure':
			return measureDoc(view, target.index);
		case 'person': {
			const p = view.people[target.index];
			const header: Block[] = [
				{kind: 'title', text: p.name, section: null},
				{kind: 'note', text: [p.roles.join('、'), personParts(p), p.as ? 'sat in (列席)' : ''].filter(Boolean).join(' · '), section: null},
			];
			const names = [p.name, ...(p.asWritten ? [p.asWritten] : [])];
			return occurrenceDoc(view, header, names, p.sections, true);
		}
		case 'body': {
			const b = view.bodies[target.index];
			const counts = [b.count === null ? '' : `${b.count}`, b.expected ? `expected ${b.expected}` : '', b.absent ? `absent ${b.absent}` : ''];
			const header: Block[] = [
				{kind: 'title', text: b.name, section: null},
				{kind: 'note', text: [bodyPartLabel(b, view.sections), ...counts].filter(Boolean).join(' · '), section: null},
			];
			return occurrenceDoc(view, header, [b.name], b.sections);
		}
		case 'term': {
			const t = view.terms[target.index];
			const header: Block[] = [
				{kind: 'title', text: `“${t.text}”`, section: null},
				{kind: 'note', text: `×${t.count} in ${t.sections.length} section${t.sections.length === 1 ? '' : 's'}`, section: null},
			];
			return occurrenceDoc(view, header, [t.text], t.sections);
		}
	}
}

const docCache = new WeakMap<View, Map<string, Doc>>();

export function targetKey(target: Target): string {
	return target.kind === 'section' ? `section:${target.id}` : `${target.kind}:${target.index}`;
}

export function documentFor(view: View, target: Target): Doc {
	let byKey = docCache.get(view);
	if (!byKey) docCache.set(view, (byKey = new Map()));
	const key = targetKey(target);
	let doc = byKey.get(key);
	if (!doc) byKey.set(key, (doc = build(view, target)));
	return doc;
}

export function emptyDoc(text: string): Doc {
	return {blocks: [{kind: 'note', text, section: null}], hits: [], home: 0};
}
