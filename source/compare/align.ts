// Pairs the sentences of two reports: identical ones first, then the most similar by character
// bigrams (Dice coefficient), wherever they sit — a sentence that moved still finds its partner.
// Order is judged afterwards: pairs off the longest run kept in order count as moved.
import type {ComparedSentence} from './text.ts';
import {bigrams} from '../text/bigrams.ts';

export interface SentencePair {
	old: number;
	new: number;
	similarity: number;
}

/** Below this, two sentences are taken as unrelated. */
export const MIN_SIMILARITY = 0.4;

/**
 * The pairs, sorted by new index. Candidates come from an inverted index of bigrams, so the cost
 * grows with the bigrams two reports share, not with the product of their lengths.
 */
export function alignSentences(olds: ComparedSentence[], news: ComparedSentence[], minSimilarity = MIN_SIMILARITY): SentencePair[] {
	const pairs: SentencePair[] = [];
	const oldTaken = new Uint8Array(olds.length);
	const newTaken = new Uint8Array(news.length);

	// 1. Identical content, matched in order of appearance.
	const byContent = new Map<string, number[]>();
	for (const s of olds) {
		const list = byContent.get(s.content);
		if (list) list.push(s.index);
		else byContent.set(s.content, [s.index]);
	}
	for (const s of news) {
		const list = byContent.get(s.content);
		const match = list?.shift();
		if (match === undefined) continue;
		pairs.push({old: match, new: s.index, similarity: 1});
		oldTaken[match] = 1;
		newTaken[s.index] = 1;
	}

	// 2. Similar content: score every pair that shares a bigram, best first.
	const oldGrams = olds.map(s => bigrams(s.content));
	const newGrams = news.map(s => bigrams(s.content));
	const index = new Map<string, number[]>();
	news.forEach((_, j) => {
		if (newTaken[j]) return;
		for (const gram of newGrams[j]) {
			const list = index.get(gram);
			if (list) list.push(j);
			else index.set(gram, [j]);
		}
	});
	const candidates: {old: number; new: number; score: number; similarity: number}[] = [];
	const shared = new Map<number, number>();
	olds.forEach((_, i) => {
		if (oldTaken[i]) return;
		shared.clear();
		for (const gram of oldGrams[i]) for (const j of index.get(gram) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
		for (const [j, count] of shared) {
			const similarity = (2 * count) / (oldGrams[i].size + newGrams[j].size);
			if (similarity < minSimilarity || count < 2) continue;
			// Ties go to the pair nearer in relative position.
			const drift = Math.abs(i / Math.max(1, olds.length) - j / Math.max(1, news.length));
			candidates.push({old: i, new: j, similarity, score: similarity - drift * 0.05});
		}
	});
	candidates.sort((a, b) => b.score - a.score || a.new - b.new);
	for (const c of candidates) {
		if (oldTaken[c.old] || newTaken[c.new]) continue;
		oldTaken[c.old] = 1;
		newTaken[c.new] = 1;
		pairs.push({old: c.old, new: c.new, similarity: c.similarity});
	}
	return pairs.sort((a, b) => a.new - b.new);
}

/** Indexes (into `pairs`, sorted by new index) of the longest run whose old indexes also rise. */
export function inOrder(pairs: SentencePair[]): Set<number> {
	// Patience sorting: O(n log n) longest increasing subsequence of the old indexes.
	const tails: number[] = [];
	const previous = new Array<number>(pairs.length).fill(-1);
	for (let k = 0; k < pairs.length; k++) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (pairs[tails[mid]].old < pairs[k].old) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) previous[k] = tails[lo - 1];
		tails[lo] = k;
	}
	const kept = new Set<number>();
	for (let k = tails.at(-1) ?? -1; k !== -1; k = previous[k]) kept.add(k);
	return kept;
}

/** Where an old sentence's counterpart would stand among the new sentences: between `from` and `to`, near `at`. */
export interface Gap {
	from: number;
	to: number;
	at: number;
}

/**
 * For each old sentence off the longest in-order run, the gap between the new partners of the
 * in-order pairs just before and after it, and the place in it as far along as the old sentence is
 * in its own gap: a sentence rewritten past pairing (under a Dice of 0.4) usually still stands
 * there (持续深入推进反腐败斗争，严肃查处… → 纵深推进反腐败斗争，深化拓展…, both fourth in their
 * list of tasks).
 */
export function gapsOf(pairs: SentencePair[], ordered: Set<number>, oldCount: number, newCount: number): Map<number, Gap> {
	const anchors = pairs.filter((_, k) => ordered.has(k));
	const anchored = new Set(anchors.map(p => p.old));
	const gaps = new Map<number, Gap>();
	let next = 0;
	for (let old = 0; old < oldCount; old++) {
		while (next < anchors.length && anchors[next].old <= old) next++;
		if (anchored.has(old)) continue;
		const [oldBefore, newBefore] = next > 0 ? [anchors[next - 1].old, anchors[next - 1].new] : [-1, -1];
		const [oldAfter, newAfter] = next < anchors.length ? [anchors[next].old, anchors[next].new] : [oldCount, newCount];
		if (newAfter - newBefore < 2) continue;
		const at = newBefore + ((old - oldBefore) / (oldAfter - oldBefore)) * (newAfter - newBefore);
		gaps.set(old, {from: newBefore + 1, to: newAfter - 1, at});
	}
	return gaps;
}
