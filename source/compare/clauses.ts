// Clauses (the stretches between commas) of sentences that did not come through unchanged, paired
// across the two reports by character bigrams. A formulation is often reworded inside a sentence
// that was otherwise rewritten or moved: 强化对“一把手”和领导班子监督 in one list becomes
// 加强对“一把手”和领导班子监督 in another. The pairs are short, so their redlines stay exact.
import {bigrams, dice} from './align.ts';
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
/**
 * The same for two clauses of sentences that pair up, which already say they correspond: a long
 * clause whose tail was rewritten still pairs by the phrase it starts with (充分彰显了以习近平同志为
 * 核心的党中央高瞻远瞩的战略眼光… → 充分体现了以习近平同志为核心的党中央信念坚定…).
 */
const CORRESPONDING_SIMILARITY = 0.3;

export function splitClauses(sentence: ComparedSentence): Clause[] {
	const clauses: Clause[] = [];
	const re = /[^，,：:；;。！？!?]+/g;
	for (const m of sentence.text.matchAll(re)) {
		const content = contentOf(m[0]);
		if (content.length >= MIN_LENGTH) clauses.push({sentence: sentence.index, section: sentence.section, start: m.index, text: m[0], content});
	}
	return clauses;
}

/** Added to the similarity of two clauses whose sentences pair up: of two similar partners, that one wins. */
const SENTENCE_BONUS = 0.2;

/**
 * Pairs of similar, not identical, clauses: each clause in at most one pair, best first.
 * `partnerOf` gives the new sentence that an old sentence pairs with, if any.
 */
export function pairClauses(olds: Clause[], news: Clause[], partnerOf: (oldSentence: number) => number | undefined = () => undefined): [Clause, Clause][] {
	// A clause found word for word on the other side was kept (perhaps elsewhere): leave it out. A new
	// clause the old report also says may still stand for an old clause of its own sentence that it
	// rewords (着力推动高质量发展 → 扎实推动高质量发展, said once before in another place), but
	// without the bonus, so that a partner said nowhere else wins first.
	const oldContents = new Set(olds.map(c => c.content));
	const newContents = new Set(news.map(c => c.content));
	const left = olds.filter(c => !newContents.has(c.content));
	const right = news;
	const rightGrams = right.map(c => bigrams(c.content));
	const index = new Map<string, number[]>();
	const keptIn = new Map<number, number[]>();
	rightGrams.forEach((grams, j) => {
		if (oldContents.has(right[j].content)) {
			keptIn.set(right[j].sentence, [...(keptIn.get(right[j].sentence) ?? []), j]);
			return;
		}
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
		const partner = partnerOf(clause.sentence);
		shared.clear();
		for (const gram of grams) for (const j of index.get(gram) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
		for (const [j, count] of shared) {
			const score = (2 * count) / (grams.size + rightGrams[j].size);
			const inPlace = right[j].sentence === partner;
			if (score >= (inPlace ? CORRESPONDING_SIMILARITY : CLAUSE_SIMILARITY)) candidates.push({i, j, score: score + (inPlace ? SENTENCE_BONUS : 0)});
		}
		if (partner === undefined) return;
		for (const j of keptIn.get(partner) ?? []) {
			const score = dice(grams, rightGrams[j]);
			if (score >= CORRESPONDING_SIMILARITY) candidates.push({i, j, score});
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
