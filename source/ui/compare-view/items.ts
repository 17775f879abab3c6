// What the Compare view lists: the differences of a comparison, tab by tab, each with its text on
// the old and the new side (as styled runs) and the place in each report Enter opens.
import type {Report, Section} from '../../model/report.ts';
import type {Comparison, DiffPart} from '../../compare/types.ts';
import {sanitizeLine} from '../../text/sanitize.ts';
import {foldingOf, type Folding} from '../../text/folding.ts';
import type {CharConverter} from '../../text/han-fold.ts';

export type CompareTab = 'terms' | 'measures' | 'attendees' | 'text';

export const COMPARE_TABS: readonly {id: CompareTab; label: string}[] = [
	{id: 'terms', label: 'Terms'},
	{id: 'measures', label: 'Measures'},
	{id: 'attendees', label: 'Attendees'},
	{id: 'text', label: 'Text'},
];

export type Tone = 'plain' | 'dim' | 'removed' | 'added' | 'count' | 'place';

export interface Run {
	text: string;
	tone: Tone;
}

/** A place in a report: a section and an offset in its text. */
export interface TextPlace {
	section: number;
	offset: number;
}

export type Side = 'old' | 'new';

export interface Difference {
	/** A heading line between groups of differences; not selectable. */
	heading?: string;
	/** '~' changed, '+' only in the new report, '-' only in the old, '↕' moved. */
	mark: '~' | '+' | '-' | '↕' | ' ';
	old: Run[] | null;
	new: Run[] | null;
	oldPlace: TextPlace | null;
	newPlace: TextPlace | null;
}

export interface Reports {
	old: Report;
	new: Report;
	/** A side the comparison read in simplified characters, and the converter it read it with. */
	readInSimplified?: {sides: Side[]; convert: CharConverter};
}

const plain = (text: string, tone: Tone = 'plain'): Run[] => [{text: sanitizeLine(text), tone}];
const heading = (text: string): Difference => ({heading: text, mark: ' ', old: null, new: null, oldPlace: null, newPlace: null});

/** Each section's folding, made once for all the places a comparison looks up in it. */
const foldings = new WeakMap<Section, Folding>();

function foldingOfSection(section: Section, convert: CharConverter): Folding {
	let folding = foldings.get(section);
	if (!folding) foldings.set(section, (folding = foldingOf(section.text, convert)));
	return folding;
}

/**
 * Where `needle` first occurs in one side's report, preferring the listed sections. A side read in
 * simplified characters is searched as it was read, and the place mapped back to the text as written.
 */
function find(reports: Reports, side: Side, needle: string, sections: number[] = []): TextPlace | null {
	const report = reports[side];
	const ordered = [...sections.map(id => report.sections.find(s => s.id === id)), ...report.sections].filter(s => s !== undefined);
	const convert = reports.readInSimplified?.sides.includes(side) ? reports.readInSimplified.convert : null;
	for (const section of ordered) {
		const folding = convert ? foldingOfSection(section, convert) : null;
		const offset = (folding?.folded ?? section.text).indexOf(needle);
		if (offset >= 0) return {section: section.id, offset: folding ? folding.toOriginal(offset) : offset};
	}
	return null;
}

/** The old and new phrase with what changed between them marked. */
function changedPair(before: string, after: string): [Run[], Run[]] {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (end < before.length - start && end < after.length - start && before.at(-1 - end) === after.at(-1 - end)) end++;
	const side = (text: string, tone: Tone): Run[] =>
		[
			{text: text.slice(0, start), tone: 'plain' as Tone},
			{text: text.slice(start, text.length - end), tone},
			{text: text.slice(text.length - end), tone: 'plain' as Tone},
		]
			.filter(r => r.text)
			.map(r => ({...r, text: sanitizeLine(r.text)}));
	return [side(before, 'removed'), side(after, 'added')];
}

function partsRuns(parts: DiffPart[], side: Side): Run[] {
	return parts.filter(p => p.type === 'same' || (side === 'old' ? p.type === 'removed' : p.type === 'added')).map(p => ({text: sanitizeLine(p.text), tone: p.type === 'same' ? 'plain' : p.type}));
}

function termItems(c: Comparison, reports: Reports): Difference[] {
	const items: Difference[] = [];
	if (c.terms.changed.length) {
		items.push(heading(`Formulations changed (${c.terms.changed.length})`));
		for (const f of c.terms.changed) {
			const [old, now] = changedPair(f.old, f.new);
			items.push({mark: '~', old, new: now, oldPlace: find(reports, 'old', f.old, [f.oldSection]), newPlace: find(reports, 'new', f.new, [f.newSection])});
		}
	}
	if (c.terms.added.length) {
		items.push(heading(`New terms (${c.terms.added.length})`));
		for (const t of c.terms.added)
			items.push({mark: '+', old: null, new: [...plain(`“${t.term}”`, 'added'), {text: ` ×${t.count}`, tone: 'count'}], oldPlace: null, newPlace: find(reports, 'new', t.term, t.sections)});
	}
	if (c.terms.removed.length) {
		items.push(heading(`Dropped terms (${c.terms.removed.length})`));
		for (const t of c.terms.removed)
			items.push({mark: '-', old: [...plain(`“${t.term}”`, 'removed'), {text: ` ×${t.count}`, tone: 'count'}], new: null, oldPlace: find(reports, 'old', t.term, t.sections), newPlace: null});
	}
	if (c.terms.kept.length) {
		items.push(heading(`Kept terms (${c.terms.kept.length})`));
		for (const t of c.terms.kept) {
			const count = (n: number): Run => ({text: ` ×${n}`, tone: t.old === t.new ? 'dim' : 'count'});
			items.push({mark: ' ', old: [...plain(`“${t.term}”`), count(t.old)], new: [...plain(`“${t.term}”`), count(t.new)], oldPlace: find(reports, 'old', t.term), newPlace: find(reports, 'new', t.term)});
		}
	}
	return items;
}

function measureItems(c: Comparison, reports: Reports): Difference[] {
	const items: Difference[] = [];
	for (const g of c.measures.changed) {
		items.push(heading(g.oldGroup === g.group ? `${g.group}  §${g.oldSection} → §${g.newSection}` : `${g.oldGroup} → ${g.group}  §${g.oldSection} → §${g.newSection}`));
		for (const change of g.changed) {
			const [old, now] = changedPair(change.old, change.new);
			items.push({mark: '~', old, new: now, oldPlace: find(reports, 'old', change.old, [g.oldSection]), newPlace: find(reports, 'new', change.new, [g.newSection])});
		}
		for (const item of g.added) items.push({mark: '+', old: null, new: plain(item, 'added'), oldPlace: null, newPlace: find(reports, 'new', item, [g.newSection])});
		for (const item of g.removed) items.push({mark: '-', old: plain(item, 'removed'), new: null, oldPlace: find(reports, 'old', item, [g.oldSection]), newPlace: null});
	}
	for (const g of c.measures.added) {
		items.push(heading(`New group: ${g.group}  §${g.section}`));
		for (const item of g.items) items.push({mark: '+', old: null, new: plain(item, 'added'), oldPlace: null, newPlace: find(reports, 'new', item, [g.section])});
	}
	for (const g of c.measures.removed) {
		items.push(heading(`Dropped group: ${g.group}  §${g.section}`));
		for (const item of g.items) items.push({mark: '-', old: plain(item, 'removed'), new: null, oldPlace: find(reports, 'old', item, [g.section]), newPlace: null});
	}
	return items;
}

const PART: Record<string, string> = {presided: 'presided', spoke: 'spoke', reported: 'reported', explained: 'explained', attended: 'attended', observer: 'sat in', mentioned: 'mentioned'};

function attendeeItems(c: Comparison, reports: Reports): Difference[] {
	const items: Difference[] = [];
	const person = (name: string, roles: string[], part: string, tone: Tone): Run[] =>
		[...plain(roles.length ? `${roles.join('、')} ` : '', 'dim'), ...plain(name, tone), {text: `  ${PART[part] ?? part}`, tone: 'dim' as Tone}].filter(r => r.text);
	const people = c.people.added.length + c.people.removed.length + c.people.changed.length;
	if (people) {
		items.push(heading(`People (${people})`));
		for (const p of c.people.added) items.push({mark: '+', old: null, new: person(p.name, p.roles, p.part, 'added'), oldPlace: null, newPlace: find(reports, 'new', p.name, p.sections)});
		for (const p of c.people.removed) items.push({mark: '-', old: person(p.name, p.roles, p.part, 'removed'), new: null, oldPlace: find(reports, 'old', p.name, p.sections), newPlace: null});
		for (const p of c.people.changed)
			items.push({
				mark: '~',
				old: person(p.name, p.old.roles, p.old.part, 'plain'),
				new: person(p.name, p.new.roles, p.new.part, 'plain'),
				oldPlace: find(reports, 'old', p.name),
				newPlace: find(reports, 'new', p.name),
			});
	}
	const bodies = c.bodies.added.length + c.bodies.removed.length + c.bodies.changed.length;
	if (bodies) {
		items.push(heading(`Bodies (${bodies})`));
		const body = (name: string, count: number | null, part: string, tone: Tone, countTone: Tone = 'count'): Run[] => [
			...plain(name, tone),
			...(count === null ? [] : [{text: ` ${count}`, tone: countTone}]),
			{text: `  ${PART[part] ?? part}`, tone: 'dim'},
		];
		for (const b of c.bodies.changed) {
			const changedCount = b.old.count !== b.new.count;
			items.push({
				mark: '~',
				old: body(b.name, b.old.count, b.old.part, 'plain', changedCount ? 'removed' : 'count'),
				new: body(b.name, b.new.count, b.new.part, 'plain', changedCount ? 'added' : 'count'),
				oldPlace: find(reports, 'old', b.name),
				newPlace: find(reports, 'new', b.name),
			});
		}
		for (const b of c.bodies.added) items.push({mark: '+', old: null, new: body(b.name, b.count, b.part, 'added'), oldPlace: null, newPlace: find(reports, 'new', b.name, b.sections)});
		for (const b of c.bodies.removed) items.push({mark: '-', old: body(b.name, b.count, b.part, 'removed'), new: null, oldPlace: find(reports, 'old', b.name, b.sections), newPlace: null});
	}
	return items;
}

function textItems(c: Comparison, reports: Reports): Difference[] {
	const items: Difference[] = [];
	let unchanged = 0;
	const flush = () => {
		if (unchanged) items.push(heading(`⋯ ${unchanged} unchanged`));
		unchanged = 0;
	};
	for (const s of c.sentences) {
		if (s.op === 'same') {
			unchanged++;
			continue;
		}
		flush();
		const oldPlace = s.old ? find(reports, 'old', s.old.text, [s.old.section]) : null;
		const newPlace = s.new ? find(reports, 'new', s.new.text, [s.new.section]) : null;
		const where = (section: number): Run => ({text: `§${section} `, tone: 'place'});
		if (s.op === 'changed') {
			items.push({mark: s.moved ? '↕' : '~', old: [where(s.old!.section), ...partsRuns(s.parts ?? [], 'old')], new: [where(s.new!.section), ...partsRuns(s.parts ?? [], 'new')], oldPlace, newPlace});
		} else if (s.op === 'added') {
			items.push({mark: '+', old: null, new: [where(s.new!.section), ...plain(s.new!.text, 'added')], oldPlace: null, newPlace});
		} else if (s.op === 'removed') {
			items.push({mark: '-', old: [where(s.old!.section), ...plain(s.old!.text, 'removed')], new: null, oldPlace, newPlace: null});
		} else {
			items.push({mark: '↕', old: [where(s.old!.section), ...plain(s.old!.text, 'dim')], new: [where(s.new!.section), ...plain(s.new!.text, 'dim')], oldPlace, newPlace});
		}
	}
	flush();
	return items;
}

export type TabItems = Record<CompareTab, Difference[]>;

export function compareItems(c: Comparison, reports: Reports): TabItems {
	return {terms: termItems(c, reports), measures: measureItems(c, reports), attendees: attendeeItems(c, reports), text: textItems(c, reports)};
}

/** Indexes (into the tab's items) of the items a cursor can rest on. */
export function selectable(items: Difference[]): number[] {
	return items.flatMap((item, index) => (item.heading === undefined ? [index] : []));
}

/** Where Enter takes the user for an item: the side asked for, else the side that has a place. */
export function placeFor(item: Difference, side: Side): {side: Side; place: TextPlace} | null {
	const wanted = side === 'old' ? item.oldPlace : item.newPlace;
	if (wanted) return {side, place: wanted};
	const other: Side = side === 'old' ? 'new' : 'old';
	const fallback = other === 'old' ? item.oldPlace : item.newPlace;
	return fallback ? {side: other, place: fallback} : null;
}
