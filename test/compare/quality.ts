// Precision and recall of `plenum diff` against the hand-labelled pairs in pairs/: changed
// formulations, added and removed terms, added and removed people. `npm run quality` prints the
// table; quality.test.ts holds the figures to a floor.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {diffChars} from 'diff';
import {parseFile} from '../helpers/corpus.ts';
import {compareAcrossScripts} from '../../source/compare/index.ts';
import {foldHan, loadConverter} from '../../source/text/han-fold.ts';
import {withoutReadings} from '../../source/text/folding.ts';
import type {Comparison} from '../../source/compare/types.ts';

export const PAIRS = join(import.meta.dirname, 'pairs');
/** Labelled before plenum diff ever ran on them, and never used to tune it: see heldout/README.md. */
export const HELD_OUT = join(import.meta.dirname, 'heldout');

export interface Labels {
	title: string;
	old: {file: string};
	new: {file: string};
	formulations: [string, string][];
	terms: {added: string[]; removed: string[]};
	people: {added: string[]; removed: string[]};
}

export interface Tally {
	found: number;
	correct: number;
	labelled: number;
	recalled: number;
}

export interface PairScore {
	name: string;
	formulations: Tally;
	terms: Tally;
	people: Tally;
	comparison: Comparison;
	misses: {formulations: string[]; spurious: string[]; terms: string[]; people: string[]};
}

interface Place {
	removed: string;
	added: string;
}

/** The places where `before` became `after`: each run of removed and added characters between kept ones. */
function placesOf(before: string, after: string): Place[] {
	const places: Place[] = [];
	let open: Place | null = null;
	for (const part of diffChars(before, after)) {
		if (!part.added && !part.removed) {
			open = null;
			continue;
		}
		if (!open) places.push((open = {removed: '', added: ''}));
		if (part.added) open.added += part.value;
		else open.removed += part.value;
	}
	return places;
}

function longestCommon(a: string, b: string): number {
	let best = 0;
	for (let i = 0; i < a.length; i++)
		for (let j = 0; j < b.length; j++) {
			let k = 0;
			while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
			best = Math.max(best, k);
		}
	return best;
}

/** Both empty, or one contains the other: a deletion never matches an insertion. */
const either = (a: string, b: string) => (a === '') === (b === '') && (a.includes(b) || b.includes(a));

/**
 * Same change in overlapping wording: some place where the found phrases differ is some place where
 * the labelled ones differ (the same kind of edit, one's characters containing the other's), and
 * the phrases share at least three characters on both sides.
 */
export function formulationMatches(found: {old: string; new: string}, label: [string, string]): boolean {
	const labelled = placesOf(label[0], label[1]);
	const same = placesOf(found.old, found.new).some(f => labelled.some(l => either(f.removed, l.removed) && either(f.added, l.added)));
	if (!same) return false;
	const overlap = (a: string, b: string) => longestCommon(a, b) >= Math.min(3, a.length, b.length);
	return overlap(found.old, label[0]) && overlap(found.new, label[1]);
}

function tallySets(found: string[], labelled: string[]): Tally & {missed: string[]; extra: string[]} {
	const labels = new Set(labelled);
	const hits = found.filter(x => labels.has(x));
	return {
		found: found.length,
		correct: hits.length,
		labelled: labelled.length,
		recalled: labelled.filter(x => found.includes(x)).length,
		missed: labelled.filter(x => !found.includes(x)),
		extra: found.filter(x => !labels.has(x)),
	};
}

export function pairNames(root = PAIRS): string[] {
	return readdirSync(root)
		.filter(name => statSync(join(root, name)).isDirectory())
		.sort();
}

export async function scorePair(name: string, root = PAIRS): Promise<PairScore> {
	const dir = join(root, name);
	const labels: Labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
	const comparison = await compareAcrossScripts(await parseFile(join(dir, labels.old.file)), await parseFile(join(dir, labels.new.file)));
	// Labels quote each report as written; a comparison across scripts reads in simplified characters.
	// A finding matches a label in whatever script either is written.
	const convert = await loadConverter();
	const plain = (text: string) => withoutReadings(foldHan(text, convert));
	for (const pair of labels.formulations) [pair[0], pair[1]] = [plain(pair[0]), plain(pair[1])];
	for (const list of [labels.terms.added, labels.terms.removed, labels.people.added, labels.people.removed]) list.splice(0, list.length, ...list.map(plain));
	const found = comparison.terms.changed.map(f => ({...f, old: plain(f.old), new: plain(f.new)}));
	const formulations: Tally = {
		found: found.length,
		correct: found.filter(f => labels.formulations.some(l => formulationMatches(f, l))).length,
		labelled: labels.formulations.length,
		recalled: labels.formulations.filter(l => found.some(f => formulationMatches(f, l))).length,
	};
	const terms = tallySets(
		[...comparison.terms.added.map(t => `+${plain(t.term)}`), ...comparison.terms.removed.map(t => `-${plain(t.term)}`)],
		[...labels.terms.added.map(t => `+${t}`), ...labels.terms.removed.map(t => `-${t}`)],
	);
	const people = tallySets(
		[...comparison.people.added.map(p => `+${plain(p.name)}`), ...comparison.people.removed.map(p => `-${plain(p.name)}`)],
		[...labels.people.added.map(p => `+${p}`), ...labels.people.removed.map(p => `-${p}`)],
	);
	return {
		name,
		formulations,
		terms,
		people,
		comparison,
		misses: {
			formulations: labels.formulations.filter(l => !found.some(f => formulationMatches(f, l))).map(l => `${l[0]} → ${l[1]}`),
			spurious: found.filter(f => !labels.formulations.some(l => formulationMatches(f, l))).map(f => `${f.old} → ${f.new}`),
			terms: [...terms.missed.map(t => `missed ${t}`), ...terms.extra.map(t => `extra ${t}`)],
			people: [...people.missed.map(p => `missed ${p}`), ...people.extra.map(p => `extra ${p}`)],
		},
	};
}

export function sum(tallies: Tally[]): Tally {
	return tallies.reduce((a, b) => ({found: a.found + b.found, correct: a.correct + b.correct, labelled: a.labelled + b.labelled, recalled: a.recalled + b.recalled}), {found: 0, correct: 0, labelled: 0, recalled: 0});
}

export const precision = (t: Tally) => (t.found === 0 ? 1 : t.correct / t.found);
export const recall = (t: Tally) => (t.labelled === 0 ? 1 : t.recalled / t.labelled);
export const f1 = (t: Tally) => (precision(t) + recall(t) === 0 ? 0 : (2 * precision(t) * recall(t)) / (precision(t) + recall(t)));

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);

if (import.meta.url === `file://${process.argv[1]}`) {
	const verbose = process.argv.includes('--verbose');
	const root = process.argv.includes('--heldout') ? HELD_OUT : PAIRS;
	// --pairs 19-24 scores only the pairs numbered 19 to 24 (a second held-out set apart from the first).
	const range = process.argv.includes('--pairs') ? process.argv[process.argv.indexOf('--pairs') + 1].split('-').map(Number) : [];
	const inRange = (name: string) => range.length === 0 || (Number.parseInt(name, 10) >= range[0] && Number.parseInt(name, 10) <= (range[1] ?? range[0]));
	const scores = [];
	console.log('pair                           formulations: found ok labels  P    R   |  terms F1 | people F1');
	for (const name of pairNames(root).filter(inRange)) {
		const s = await scorePair(name, root);
		scores.push(s);
		const f = s.formulations;
		console.log(
			`${name.padEnd(30)} ${String(f.found).padStart(19)} ${String(f.correct).padStart(3)} ${String(f.labelled).padStart(6)} ${pct(precision(f))} ${pct(recall(f))} | ${pct(f1(s.terms)).padStart(9)} | ${pct(f1(s.people)).padStart(9)}`,
		);
		if (verbose) for (const [kind, list] of Object.entries(s.misses)) for (const line of list) console.log(`    ${kind}: ${line}`);
	}
	const f = sum(scores.map(s => s.formulations));
	const t = sum(scores.map(s => s.terms));
	const p = sum(scores.map(s => s.people));
	console.log(
		`${'all pairs'.padEnd(30)} ${String(f.found).padStart(19)} ${String(f.correct).padStart(3)} ${String(f.labelled).padStart(6)} ${pct(precision(f))} ${pct(recall(f))} | ${pct(f1(t)).padStart(9)} | ${pct(f1(p)).padStart(9)}`,
	);
}
