// Clause boundaries shift between two reports: two clauses of one become one clause of the other
// (以习近平同志为核心的党中央团结带领全党全国人民，凝心聚力、攻坚克难 → …团结带领全党全国各族人民凝心聚力、
// 攻坚克难). Neither half is like the whole enough to show the reworded phrase in its redline, so,
// as sentence aligners pair one sentence with two (Gale and Church's 2–1 beads), a clause may pair
// with two adjacent clauses of the other side taken together: where the sentences correspond only.
import {bigrams, dice} from './align.ts';
import {contentOf} from './text.ts';
import type {Clause} from './clauses.ts';
import {bonusOf, GAP_REACH, leastOf, relation, type Candidate, type Correspondence} from './correspondence.ts';

/** Two adjacent clauses parted by one comma, as one clause: `pieces` are a sentence's clauses in order. */
export function joinedClauses(text: string, pieces: {start: number; text: string}[], make: (start: number, text: string) => Clause | undefined): Clause[] {
	const joined: Clause[] = [];
	for (let k = 0; k + 1 < pieces.length; k++) {
		const [first, second] = [pieces[k], pieces[k + 1]];
		const end = first.start + first.text.length;
		if (second.start !== end + 1 || !'，,'.includes(text[end])) continue;
		const clause = make(first.start, text.slice(first.start, second.start + second.text.length));
		if (clause) joined.push({...clause, joined: [contentOf(first.text), contentOf(second.text)]});
	}
	return joined;
}

/**
 * Whether each half of the joined clause says something of the other clause: the two together are
 * more like it than either alone (坚决清除害群之马，坚决防治“灯下黑” is not 坚决防治“灯下黑” rewritten).
 */
function bothAdd(a: Clause, b: Clause, similarity: number): boolean {
	const [joined, whole] = a.joined ? [a, b] : [b, a];
	const grams = bigrams(whole.content);
	return joined.joined!.every(half => dice(bigrams(half), grams) < similarity);
}

/** New sentences where an old sentence's counterpart may stand: its partner, and its gap's place. */
function placesOf(oldSentence: number, where: Correspondence): number[] {
	const places = new Set<number>();
	const partner = where.partnerOf(oldSentence);
	if (partner !== undefined) places.add(partner);
	const gap = where.gapOf(oldSentence);
	if (gap) for (let s = Math.max(gap.from, Math.ceil(gap.at - GAP_REACH)); s <= Math.min(gap.to, gap.at + GAP_REACH); s++) places.add(s);
	return [...places];
}

/** A joined clause of one side with a whole clause of the other, where their sentences correspond. */
export function joinedCandidates(olds: Clause[], news: Clause[], where: Correspondence): Candidate[] {
	const bySentence = new Map<number, Clause[]>();
	for (const clause of news) bySentence.set(clause.sentence, [...(bySentence.get(clause.sentence) ?? []), clause]);
	const candidates: Candidate[] = [];
	for (const old of olds) {
		const places = placesOf(old.sentence, where);
		if (places.length === 0) continue;
		const grams = bigrams(old.content);
		const [partner, gap] = [where.partnerOf(old.sentence), where.gapOf(old.sentence)];
		for (const sentence of places) {
			for (const now of bySentence.get(sentence) ?? []) {
				if (!old.joined === !now.joined || old.content === now.content) continue;
				const kind = relation(sentence, partner, gap);
				const similarity = dice(grams, bigrams(now.content));
				if (similarity >= leastOf(kind) && bothAdd(old, now, similarity)) candidates.push({old, new: now, score: similarity + bonusOf(kind)});
			}
		}
	}
	return candidates;
}
