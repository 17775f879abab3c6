// Terms, people, bodies and measures of two reports set side by side. Term counts come from the
// texts themselves (substring counts on folded text): a formulation quoted in one report and
// written plainly in the other is kept, not new.
import type {Body, Measure, Person, Report, Term} from '../model/report.ts';
import type {BodyEntry, Changed, BodyState, KeptTerm, MeasureGroupChange, MeasureGroupEntry, PersonEntry, PersonState, TermCount} from './types.ts';
import {bigrams, dice} from '../text/bigrams.ts';
import {contentOf, countOccurrences, fold} from './text.ts';

/** Everything a reader sees of a report, folded, for counting. */
export function wholeText(report: Report): string {
	return fold([report.meta.title, ...report.sections.map(s => s.text)].join('\n'));
}

function sectionsWith(report: Report, folded: string): number[] {
	return report.sections.filter(s => fold(s.text).includes(folded)).map(s => s.id);
}

export function compareTerms(older: Report, newer: Report, oldText: string, newText: string): {added: TermCount[]; removed: TermCount[]; kept: KeptTerm[]} {
	const texts = new Map<string, Term>();
	// A one-character quotation (“查”) is emphasis, not a formulation.
	for (const term of [...newer.terms, ...older.terms]) if ([...term.text].length > 1 && !texts.has(fold(term.text))) texts.set(fold(term.text), term);
	const added: TermCount[] = [];
	const removed: TermCount[] = [];
	const kept: KeptTerm[] = [];
	for (const [folded, term] of texts) {
		const before = countOccurrences(oldText, folded);
		const after = countOccurrences(newText, folded);
		if (before === 0 && after > 0) added.push({term: term.text, count: after, sections: sectionsWith(newer, folded)});
		else if (after === 0 && before > 0) removed.push({term: term.text, count: before, sections: sectionsWith(older, folded)});
		else if (before > 0 && after > 0) kept.push({term: term.text, old: before, new: after});
	}
	const byCount = (a: TermCount, b: TermCount) => b.count - a.count;
	return {added: added.sort(byCount), removed: removed.sort(byCount), kept: kept.sort((a, b) => b.new + b.old - a.new - a.old)};
}

// A name followed by one of these is a theory's name (毛泽东思想, 邓小平理论), not the person.
const THEORY = /^(思想|理论|新时代|强军思想|经济思想|外交思想|法治思想|文化思想|生态文明思想)/;

/** Whether the report's text names this person other than inside a theory's name. */
function namesPerson(text: string, name: string): boolean {
	const folded = fold(name);
	for (let at = text.indexOf(folded); at !== -1; at = text.indexOf(folded, at + 1)) {
		if (!THEORY.test(text.slice(at + folded.length, at + folded.length + 6))) return true;
	}
	return false;
}

const named = (people: Person[]) => people.filter(p => p.part !== 'staff');
const personEntry = (p: Person): PersonEntry => ({name: p.name, roles: p.roles, part: p.part, sections: p.sections});
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, k) => x === b[k]);

export function comparePeople(older: Report, newer: Report, oldText: string, newText: string): {added: PersonEntry[]; removed: PersonEntry[]; changed: Changed<PersonState>[]} {
	const olds = new Map(named(older.people).map(p => [p.name, p]));
	const news = new Map(named(newer.people).map(p => [p.name, p]));
	const added = [...news.values()].filter(p => !olds.has(p.name) && !namesPerson(oldText, p.name)).map(personEntry);
	const removed = [...olds.values()].filter(p => !news.has(p.name) && !namesPerson(newText, p.name)).map(personEntry);
	const changed: Changed<PersonState>[] = [];
	for (const [name, after] of news) {
		const before = olds.get(name);
		if (!before) continue;
		if (before.part !== after.part || !sameList([...before.roles].sort(), [...after.roles].sort())) {
			changed.push({name, old: {roles: before.roles, part: before.part}, new: {roles: after.roles, part: after.part}});
		}
	}
	return {added, removed, changed};
}

const bodyEntry = (b: Body): BodyEntry => ({name: b.name, count: b.count, part: b.part, sections: b.sections});

export function compareBodies(older: Report, newer: Report): {added: BodyEntry[]; removed: BodyEntry[]; changed: Changed<BodyState>[]} {
	const key = (b: Body) => [b.name, ...(b.aliases ?? [])];
	const find = (bodies: Body[], body: Body) => bodies.find(other => key(other).some(name => key(body).includes(name)));
	const added = newer.bodies.filter(b => !find(older.bodies, b)).map(bodyEntry);
	const removed = older.bodies.filter(b => !find(newer.bodies, b)).map(bodyEntry);
	const changed: Changed<BodyState>[] = [];
	for (const after of newer.bodies) {
		const before = find(older.bodies, after);
		if (before && (before.count !== after.count || before.part !== after.part)) {
			changed.push({name: after.name, old: {count: before.count, part: before.part}, new: {count: after.count, part: after.part}});
		}
	}
	return {added, removed, changed};
}

interface Group {
	group: string;
	section: number;
	items: string[];
	grams: Set<string>;
}

function groupsOf(measures: Measure[]): Group[] {
	const groups: Group[] = [];
	for (const m of measures) {
		const last = groups.at(-1);
		if (last && last.group === m.group && m.ordinal > 1) last.items.push(m.text);
		else groups.push({group: m.group, section: m.section, items: [m.text], grams: new Set()});
	}
	for (const g of groups) g.grams = bigrams(contentOf(g.group + g.items.join('')));
	return groups;
}

/** Items of two matched groups: identical, reworded (similar enough), or only on one side. */
function compareItems(before: string[], after: string[]): {added: string[]; removed: string[]; changed: {old: string; new: string}[]} {
	const left = new Set(before.map((_, k) => k));
	const right = new Set(after.map((_, k) => k));
	for (const j of [...right]) {
		const k = [...left].find(i => contentOf(before[i]) === contentOf(after[j]));
		if (k !== undefined) {
			left.delete(k);
			right.delete(j);
		}
	}
	const candidates: {i: number; j: number; score: number}[] = [];
	for (const i of left) for (const j of right) candidates.push({i, j, score: dice(bigrams(contentOf(before[i])), bigrams(contentOf(after[j])))});
	const changed: {old: string; new: string}[] = [];
	for (const c of candidates.sort((a, b) => b.score - a.score)) {
		if (c.score < 0.4 || !left.has(c.i) || !right.has(c.j)) continue;
		left.delete(c.i);
		right.delete(c.j);
		changed.push({old: before[c.i], new: after[c.j]});
	}
	return {added: [...right].sort((a, b) => a - b).map(j => after[j]), removed: [...left].sort((a, b) => a - b).map(i => before[i]), changed};
}

export function compareMeasures(older: Report, newer: Report): {added: MeasureGroupEntry[]; removed: MeasureGroupEntry[]; changed: MeasureGroupChange[]} {
	const olds = groupsOf(older.measures);
	const news = groupsOf(newer.measures);
	const pairs: [Group, Group][] = [];
	const oldLeft = new Set(olds);
	const newLeft = new Set(news);
	// Same name first, then the most similar wording (name and items together).
	for (const g of news) {
		const match = olds.find(o => oldLeft.has(o) && o.group === g.group);
		if (match) {
			pairs.push([match, g]);
			oldLeft.delete(match);
			newLeft.delete(g);
		}
	}
	const candidates: {o: Group; n: Group; score: number}[] = [];
	for (const o of oldLeft) for (const n of newLeft) candidates.push({o, n, score: dice(o.grams, n.grams)});
	for (const c of candidates.sort((a, b) => b.score - a.score)) {
		if (c.score < 0.3 || !oldLeft.has(c.o) || !newLeft.has(c.n)) continue;
		pairs.push([c.o, c.n]);
		oldLeft.delete(c.o);
		newLeft.delete(c.n);
	}
	const entry = (g: Group): MeasureGroupEntry => ({group: g.group, items: g.items, section: g.section});
	const changed: MeasureGroupChange[] = [];
	for (const [o, n] of pairs.sort((a, b) => news.indexOf(a[1]) - news.indexOf(b[1]))) {
		const items = compareItems(o.items, n.items);
		if (o.group === n.group && items.added.length + items.removed.length + items.changed.length === 0) continue;
		changed.push({group: n.group, oldGroup: o.group, oldSection: o.section, newSection: n.section, ...items});
	}
	return {added: news.filter(g => newLeft.has(g)).map(entry), removed: olds.filter(g => oldLeft.has(g)).map(entry), changed};
}
