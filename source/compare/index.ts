// Compares two report models: what is new, what was dropped, what changed. Pure: no I/O, no
// terminal; the command line and the browser both render what this returns.
import type {Report, Section} from '../model/report.ts';
import type {ChangedFormulation, Comparison, ReportRef, SentenceEntry} from './types.ts';
import {alignSentences, gapsOf, inOrder} from './align.ts';
import {bigrams, dice} from '../text/bigrams.ts';
import {formulationsIn} from './formulations.ts';
import {pairClauses, splitClauses} from './clauses.ts';
import {rawParts, sentenceParts} from './redline.ts';
import {compareBodies, compareMeasures, comparePeople, compareTerms, wholeText} from './parts.ts';
import {contentOf, countOccurrences, fold, splitSentences, type ComparedSentence} from './text.ts';
import {NUMERIC} from './wording.ts';

export type {Comparison} from './types.ts';

export interface CompareOptions {
	oldPath?: string | null;
	newPath?: string | null;
}

function reportRef(report: Report, path: string | null | undefined): ReportRef {
	return {path: path ?? null, title: report.meta.title, date: report.meta.date, meeting: report.meta.meeting};
}

/** Characters of a sentence that belong to its paragraph's lead phrase (全会指出，). */
function leadLength(sentence: ComparedSentence, sections: Map<number, Section>): number {
	const lead = sections.get(sentence.section)?.lead;
	return lead && sentence.start === 0 ? lead.length + 1 : 0;
}

/** The two characters that start two or more clauses of a sentence (聚焦A，聚焦B，聚焦C), if any. */
function listLead(sentence: string): string | undefined {
	const starts = sentence
		.split(/[，,；;：:。]/u)
		.map(clause => contentOf(clause).slice(0, 2))
		.filter(start => start.length === 2);
	return starts.find((start, k) => starts.indexOf(start) !== k);
}

function termPairs(removed: string[], added: string[]): {old: string; new: string}[] {
	const pairs: {old: string; new: string}[] = [];
	for (const before of removed) {
		for (const after of added) {
			if (before.length !== after.length || before.length < 3) continue;
			let differ = 0;
			let changed = '';
			for (let k = 0; k < before.length; k++)
				if (before[k] !== after[k]) {
					differ++;
					changed += before[k] + after[k];
				}
			// One character in a quoted term (“育新机” → “育先机”); two of four is another term. A number in it
			// is the plan's or the count's (“十四五” → “十五五”, pair 35): no formulation changed.
			if (differ === 1 && !NUMERIC.test(changed)) pairs.push({old: before, new: after});
		}
	}
	return pairs;
}

/** Occurrences of `phrase` in `text` that are not part of an occurrence of `container`. */
function standalone(text: string, phrase: string, container: string): number {
	const all = countOccurrences(text, phrase);
	return container.includes(phrase) ? all - countOccurrences(text, container) : all;
}

/**
 * A reworded formulation leaves a trace: the old wording, with the words around it, is gone from
 * the new report. Where the new report still says it (elsewhere), two clauses merely look alike.
 */
function isChange(found: {old: string; new: string}, newText: string): boolean {
	const [before, after] = [fold(found.old), fold(found.new)];
	return standalone(newText, before, after) === 0;
}

/**
 * The comparison of two reports written in different scripts (a traditional reprint, a mirror's
 * readings) made in simplified characters, saying which side was read so.
 */
export async function compareAcrossScripts(older: Report, newer: Report, options: CompareOptions = {}): Promise<Comparison> {
	const {inOneScript} = await import('./scripts.ts');
	const same = await inOneScript(older, newer);
	const comparison = compareReports(same.older, same.newer, options);
	return same.folded.length ? {...comparison, readInSimplified: same.folded} : comparison;
}

export function compareReports(older: Report, newer: Report, options: CompareOptions = {}): Comparison {
	const olds = splitSentences(older.sections);
	const news = splitSentences(newer.sections);
	const pairs = alignSentences(olds, news);
	const ordered = inOrder(pairs);
	const oldSections = new Map(older.sections.map(s => [s.id, s]));
	const newSections = new Map(newer.sections.map(s => [s.id, s]));
	const names = new Set([...older.people, ...newer.people, ...older.bodies, ...newer.bodies].map(p => p.name));

	const sentences: SentenceEntry[] = [];
	const formulations: ChangedFormulation[] = [];
	const pairOfNew = new Map(pairs.map((p, k) => [p.new, k]));
	const oldPaired = new Set(pairs.map(p => p.old));
	let nextOld = 0;
	const removedUpTo = (limit: number) => {
		for (; nextOld < limit; nextOld++) {
			if (!oldPaired.has(nextOld)) sentences.push({op: 'removed', old: {section: olds[nextOld].section, text: olds[nextOld].text}, new: null});
		}
	};
	for (const sentence of news) {
		const k = pairOfNew.get(sentence.index);
		const here = {section: sentence.section, text: sentence.text};
		if (k === undefined) {
			sentences.push({op: 'added', old: null, new: here});
			continue;
		}
		const pair = pairs[k];
		const before = olds[pair.old];
		const inPlace = ordered.has(k);
		if (inPlace) removedUpTo(pair.old + 1);
		const there = {section: before.section, text: before.text};
		if (before.content === sentence.content) {
			sentences.push({op: inPlace ? 'same' : 'moved', old: there, new: here});
			continue;
		}
		sentences.push({op: 'changed', old: there, new: here, parts: sentenceParts(before.text, sentence.text), similarity: Math.round(pair.similarity * 1000) / 1000, ...(inPlace ? {} : {moved: true})});
	}
	removedUpTo(olds.length);

	const oldText = wholeText(older);
	const newText = wholeText(newer);
	// Changed formulations: clause by clause, among the sentences that did not stay the same.
	const unchanged = new Set(pairs.filter(p => olds[p.old].content === news[p.new].content).flatMap(p => [`o${p.old}`, `n${p.new}`]));
	const oldClauses = olds.filter(s => !unchanged.has(`o${s.index}`)).flatMap(splitClauses);
	const newClauses = news.filter(s => !unchanged.has(`n${s.index}`)).flatMap(splitClauses);
	const partners = new Map(pairs.map(p => [p.old, p.new]));
	const gaps = gapsOf(pairs, ordered, olds.length, news.length);
	for (const [before, after] of pairClauses(oldClauses, newClauses, {partnerOf: sentence => partners.get(sentence), gapOf: sentence => gaps.get(sentence), pairsNew: sentence => pairOfNew.has(sentence)})) {
		const leads = {
			oldLead: before.start === 0 ? leadLength(olds[before.sentence], oldSections) : 0,
			newLead: after.start === 0 ? leadLength(news[after.sentence], newSections) : 0,
			oldListLead: listLead(olds[before.sentence].text),
			newListLead: listLead(news[after.sentence].text),
			item: before.item ?? after.item,
		};
		for (const found of formulationsIn(rawParts(before.text, after.text), {names, ...leads})) {
			if (!isChange(found, newText)) continue;
			if (!formulations.some(f => f.old === found.old && f.new === found.new)) formulations.push({old: found.old, new: found.new, oldSection: before.section, newSection: after.section});
		}
	}

	const terms = compareTerms(older, newer, oldText, newText);
	for (const pair of termPairs(
		terms.removed.map(t => t.term),
		terms.added.map(t => t.term),
	)) {
		formulations.push({...pair, oldSection: terms.removed.find(t => t.term === pair.old)!.sections[0] ?? 0, newSection: terms.added.find(t => t.term === pair.new)!.sections[0] ?? 0});
	}
	const count = (op: SentenceEntry['op']) => sentences.filter(s => s.op === op).length;
	return {
		old: reportRef(older, options.oldPath),
		new: reportRef(newer, options.newPath),
		terms: {...terms, changed: formulations},
		people: comparePeople(older, newer, oldText, newText),
		bodies: compareBodies(older, newer),
		measures: compareMeasures(older, newer),
		sentences,
		summary: {
			same: count('same'),
			changed: count('changed'),
			moved: count('moved') + sentences.filter(s => s.moved).length,
			added: count('added'),
			removed: count('removed'),
			similarity: Math.round(dice(bigrams(contentOf(oldText)), bigrams(contentOf(newText))) * 1000) / 1000,
		},
	};
}
