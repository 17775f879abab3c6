// Clauses (the stretches between commas) of sentences that did not come through unchanged, paired
// across the two reports by character bigrams. A formulation is often reworded inside a sentence
// that was otherwise rewritten or moved: 强化对“一把手”和领导班子监督 in one list becomes
// 加强对“一把手”和领导班子监督 in another. The pairs are short, so their redlines stay exact.
import {bigrams} from './align.ts';
import {contentOf, type ComparedSentence} from './text.ts';

export interface Clause {
	sentence: number;
	section: number;
	/** Offset of the clause in its sentence. */
	start: number;
	text: string;
	content: string;
}

/** Shorter clauses are too generic to pair. */
const MIN_LENGTH = 3;
/** Dice of character bigrams: low enough that a four-character swap in a short clause still pairs. */
export const CLAUSE_SIMILARITY = 0.4;

export function splitClauses(sentence: ComparedSentence): Clause[] {
	const clauses: Clause[] = [];
	const re = /[^，,：:；;。！？!?]+/g;
	for (const m of sentence.text.matchAll(re)) {
		const content = contentOf(m[0]);
		if (content.length >= MIN_LENGTH) clauses.push({sentence: sentence.index, section: sentence.section, start: m.index, text: m[0], content});
	}
	return clauses;
}

/** Pairs of similar, not identical, clauses: each clause in at most one pair, best first. */
export function pairClauses(olds: Clause[], news: Clause[], bonus: (before: Clause, after: Clause) => number = () => 0): [Clause, Clause][] {
	// A clause found word for word on the other side was kept (perhaps elsewhere): leave it out.
	const oldContents = new Set(olds.map(c => c.content));
	const newContents = new Set(news.map(c => c.content));
	const left = olds.filter(c => !newContents.has(c.content));
	const right = news.filter(c => !oldContents.has(c.content));
	const rightGrams = right.map(c => bigrams(c.content));
	const index = new Map<string, number[]>();
	rightGrams.forEach((grams, j) => {
		for (const gram of grams) {
			const list = index.get(gram);
			if (list) list.push(j);
			else index.set(gram, [j]);
		}
	});
	const candidates: {i: number; j: number; score: number}[] = [];
	// Shared bigrams counted through the index: one pass per clause, no set intersections.
	const shared = new Map<number, number>();
	left.forEach((clause, i) => {
		const grams = bigrams(clause.content);
		shared.clear();
		for (const gram of grams) for (const j of index.get(gram) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
		for (const [j, count] of shared) {
			const score = (2 * count) / (grams.size + rightGrams[j].size);
			// Of two similar partners, the one in the sentence that corresponds wins.
			if (score >= CLAUSE_SIMILARITY) candidates.push({i, j, score: score + bonus(clause, right[j])});
		}
	});
	candidates.sort((a, b) => b.score - a.score || a.j - b.j);
	const usedOld = new Set<number>();
	const usedNew = new Set<number>();
	const pairs: [Clause, Clause][] = [];
	for (const c of candidates) {
		if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
		usedOld.add(c.i);
		usedNew.add(c.j);
		pairs.push([left[c.i], right[c.j]]);
	}
	return pairs;
}
