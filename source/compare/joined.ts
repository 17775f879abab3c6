// Clause boundaries shift between two reports: two clauses of one become one clause of the other
// (以习近平同志为核心的党中央团结带领全党全国人民，凝心聚力、攻坚克难 → …团结带领全党全国各族人民凝心聚力、
// 攻坚克难). Neither half is like the whole enough to show the reworded phrase in its redline, so,
// as sentence aligners pair one sentence with two (Gale and Church's 2–1 beads), a clause may pair
// with two adjacent clauses of the other side taken together, in the sentence its own pairs with.
import type {Clause} from './clauses.ts';
import {CORRESPONDING_SIMILARITY, SENTENCE_BONUS, type Candidate, type Correspondence} from './correspondence.ts';

interface Piece {
	start: number;
	text: string;
	content: string;
}

/** Two adjacent clauses parted by one comma, as one: `pieces` are a sentence's clauses in order, with their contents. */
export function joinedClauses(text: string, pieces: Piece[]): (Piece & {joined: [string, string]})[] {
	const joined: (Piece & {joined: [string, string]})[] = [];
	for (let k = 0; k + 1 < pieces.length; k++) {
		const [first, second] = [pieces[k], pieces[k + 1]];
		const end = first.start + first.text.length;
		if (second.start !== end + 1 || !'，,'.includes(text[end])) continue;
		joined.push({start: first.start, text: text.slice(first.start, second.start + second.text.length), content: first.content + second.content, joined: [first.content, second.content]});
	}
	return joined;
}

/**
 * The character bigrams of a text as numbers, the same set as align.ts's bigrams but with no
 * string made for each: every clause of every corresponding sentence is read here.
 */
function gramCodes(content: string): Set<number> {
	const codes = new Set<number>();
	for (let i = 0; i + 1 < content.length; i++) codes.add(content.charCodeAt(i) * 0x10000 + content.charCodeAt(i + 1));
	if (content.length === 1) codes.add(content.charCodeAt(0));
	return codes;
}

function diceOf(a: Set<number>, b: Set<number>): number {
	let shared = 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const gram of small) if (large.has(gram)) shared++;
	return (2 * shared) / (a.size + b.size || 1);
}

/** The clauses of one new sentence, their bigrams, and for each bigram the clauses that have it. */
interface SentenceClauses {
	clauses: Clause[];
	grams: Set<number>[];
	withGram: Map<number, number[]>;
}

function indexed(clauses: Clause[]): SentenceClauses {
	const withGram = new Map<number, number[]>();
	const grams = clauses.map((clause, k) => {
		const codes = gramCodes(clause.content);
		for (const gram of codes) {
			const list = withGram.get(gram);
			if (list) list.push(k);
			else withGram.set(gram, [k]);
		}
		return codes;
	});
	return {clauses, grams, withGram};
}

/**
 * A joined clause of one side with a whole clause of the other, in sentences that pair up.
 * Shared bigrams are counted through each sentence's index: a long sentence has dozens of clauses.
 */
export function joinedCandidates(olds: Clause[], news: Clause[], where: Correspondence): Candidate[] {
	const bySentence = new Map<number, Clause[]>();
	for (const clause of news) {
		const list = bySentence.get(clause.sentence);
		if (list) list.push(clause);
		else bySentence.set(clause.sentence, [clause]);
	}
	const indexes = new Map<number, SentenceClauses>();
	const indexOf = (sentence: number) => {
		let index = indexes.get(sentence);
		if (!index) indexes.set(sentence, (index = indexed(bySentence.get(sentence) ?? [])));
		return index;
	};
	const halves = new Map<string, Set<number>>();
	const gramsOfHalf = (half: string) => {
		let codes = halves.get(half);
		if (!codes) halves.set(half, (codes = gramCodes(half)));
		return codes;
	};
	/**
	 * Whether each half of the joined clause says something of the other clause: the two together
	 * are more like it than either alone (坚决清除害群之马，坚决防治“灯下黑” is not 坚决防治“灯下黑” rewritten).
	 */
	const bothAdd = (joined: Clause, whole: Set<number>, similarity: number) => joined.joined!.every(half => diceOf(gramsOfHalf(half), whole) < similarity);
	const candidates: Candidate[] = [];
	const shared = new Map<number, number>();
	for (const old of olds) {
		const partner = where.partnerOf(old.sentence);
		if (partner === undefined) continue;
		const grams = gramCodes(old.content);
		{
			const sentence = partner;
			const {clauses, grams: newGrams, withGram} = indexOf(sentence);
			shared.clear();
			for (const gram of grams) for (const k of withGram.get(gram) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
			for (const [k, count] of shared) {
				const now = clauses[k];
				if (!old.joined === !now.joined || old.content === now.content) continue;
				const similarity = (2 * count) / (grams.size + newGrams[k].size);
				if (similarity >= CORRESPONDING_SIMILARITY && (old.joined ? bothAdd(old, newGrams[k], similarity) : bothAdd(now, grams, similarity))) candidates.push({old, new: now, score: similarity + SENTENCE_BONUS});
			}
		}
	}
	return candidates;
}
