// Clauses (the stretches between commas) of sentences that did not come through unchanged, paired
// across the two reports by character bigrams. A formulation is often reworded inside a sentence
// that was otherwise rewritten or moved: 强化对“一把手”和领导班子监督 in one list becomes
// 加强对“一把手”和领导班子监督 in another. The pairs are short, so their redlines stay exact.
import {bigrams, dice} from '../text/bigrams.ts';
import {bonusOf, TAKEN_ELSEWHERE, CLAUSE_SIMILARITY, CORRESPONDING_SIMILARITY, GAP_BONUS, GAP_REACH, leastOf, nowhere, relation, type Candidate, type Correspondence} from './correspondence.ts';
import {joinedCandidates, joinedClauses} from './joined.ts';
import {contentOf, type ComparedSentence} from './text.ts';

export interface Clause {
	sentence: number;
	section: number;
	/** Offset of the clause in its sentence. */
	start: number;
	text: string;
	content: string;
	/** One item of a list in a clause, the first or a later one (the clause itself is a Clause too): pairing one uses up both. */
	item?: 'first' | 'later';
	/** Two adjacent clauses taken as one (joined.ts), their contents: only a whole clause of the other side pairs with it. */
	joined?: [string, string];
}

/** Shorter clauses are too generic to pair. */
const MIN_LENGTH = 3;
/** Offsets of the 顿号 in a clause that part its items: none inside quotes or a title (“新班子、新气象”). */
function itemBreaks(text: string): number[] {
	const breaks: number[] = [];
	let depth = 0;
	for (let k = 0; k < text.length; k++) {
		if ('“《「（('.includes(text[k])) depth++;
		else if ('”》」）)'.includes(text[k])) depth = Math.max(0, depth - 1);
		else if (text[k] === '、' && depth === 0) breaks.push(k);
	}
	return breaks;
}

/**
 * The clauses of a sentence, and the items of each clause that lists them with 顿号: a phrase
 * often stands as one item of a list on one side and alone on the other (主要是有效需求不足、部分
 * 行业产能过剩… → 主要是国内需求不足，…), where the whole list is too unlike it to pair.
 */
export function splitClauses(sentence: ComparedSentence): Clause[] {
	const clauses: Clause[] = [];
	const push = (start: number, text: string, content: string, more: Pick<Clause, 'item' | 'joined'> = {}) => {
		if (content.length >= MIN_LENGTH) clauses.push({sentence: sentence.index, section: sentence.section, start, text, content, ...more});
	};
	const pieces = [...sentence.text.matchAll(/[^，,：:；;。！？!?]+/g)].map(m => ({start: m.index, text: m[0], content: contentOf(m[0])}));
	for (const {start, text, content, joined} of joinedClauses(sentence.text, pieces)) push(start, text, content, {joined});
	for (const m of pieces) {
		push(m.start, m.text, m.content);
		const breaks = itemBreaks(m.text);
		if (breaks.length === 0) continue;
		[-1, ...breaks].forEach((at, k) => {
			const text = m.text.slice(at + 1, breaks[k] ?? m.text.length);
			push(m.start + at + 1, text, contentOf(text), {item: k === 0 ? 'first' : 'later'});
		});
	}
	return clauses;
}

/**
 * Pairs of similar, not identical, clauses: each stretch of a sentence in at most one pair, best
 * first. Whole clauses pair first; then an item of a list left unpaired may pair with a whole
 * clause left unpaired where the sentences correspond.
 */
export function pairClauses(olds: Clause[], news: Clause[], where: Correspondence = nowhere): [Clause, Clause][] {
	const [usedOld, usedNew] = [new Used(), new Used()];
	const pairs: [Clause, Clause][] = [];
	const take = (candidates: Candidate[]) => {
		candidates.sort((a, b) => b.score - a.score || a.new.sentence - b.new.sentence || a.new.start - b.new.start);
		for (const c of candidates) {
			if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
			usedOld.add(c.old);
			usedNew.add(c.new);
			pairs.push([c.old, c.new]);
		}
	};
	const whole = (c: Clause) => !c.item && !c.joined;
	const [oldClauses, newClauses] = [olds.filter(whole), news.filter(whole)];
	take([
		...wholeCandidates(oldClauses, newClauses, where),
		...joinedCandidates(
			olds.filter(c => !c.item),
			news.filter(c => !c.item),
			where,
		),
	]);
	take(
		itemCandidates(
			olds.filter(c => !c.joined && !usedOld.has(c)),
			news.filter(c => !c.joined && !usedNew.has(c)),
			where,
		),
	);
	return pairs;
}

function wholeCandidates(olds: Clause[], news: Clause[], where: Correspondence): Candidate[] {
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
	const candidates: Candidate[] = [];
	// Shared bigrams counted through the index: one pass per clause, no set intersections.
	const shared = new Map<number, number>();
	for (const clause of left) {
		const grams = bigrams(clause.content);
		const partner = where.partnerOf(clause.sentence);
		const gap = where.gapOf(clause.sentence);
		shared.clear();
		for (const gram of grams) for (const j of index.get(gram) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
		for (const [j, count] of shared) {
			const similarity = (2 * count) / (grams.size + rightGrams[j].size);
			const kind = relation(right[j].sentence, partner, gap);
			// A new clause whose sentence pairs with another old sentence is that sentence's: from
			// elsewhere it is the partner only when clearly more alike (二是着力扩大国内需求 ↔ the
			// 会议强调 sentence's 扩大国内需求, against 全方位扩大国内需求 of a sentence paired with none).
			const taken = kind === 'elsewhere' && where.pairsNew?.(right[j].sentence) ? TAKEN_ELSEWHERE : 0;
			if (similarity >= leastOf(kind)) candidates.push({old: clause, new: right[j], score: similarity + bonusOf(kind) - taken});
		}
		if (partner === undefined) continue;
		for (const j of keptIn.get(partner) ?? []) {
			const score = dice(grams, rightGrams[j]);
			if (score >= CORRESPONDING_SIMILARITY) candidates.push({old: clause, new: right[j], score});
		}
	}
	return candidates;
}

/**
 * Items of a list in one report with whole clauses of the other (both left unpaired), only where
 * an old sentence's counterpart would stand: short items of two lists, or an item anywhere, pair
 * by chance (严查享乐主义 ↔ 享乐主义).
 */
function itemCandidates(olds: Clause[], news: Clause[], where: Correspondence): Candidate[] {
	const bySentence = new Map<number, Clause[]>();
	for (const clause of news) bySentence.set(clause.sentence, [...(bySentence.get(clause.sentence) ?? []), clause]);
	const candidates: Candidate[] = [];
	for (const old of olds) {
		const gap = where.gapOf(old.sentence);
		if (!gap) continue;
		const grams = bigrams(old.content);
		for (let sentence = Math.max(gap.from, Math.ceil(gap.at - GAP_REACH)); sentence <= Math.min(gap.to, gap.at + GAP_REACH); sentence++) {
			for (const now of bySentence.get(sentence) ?? []) {
				if ((old.item === undefined) === (now.item === undefined) || old.content === now.content) continue;
				const similarity = dice(grams, bigrams(now.content));
				if (similarity >= CLAUSE_SIMILARITY) candidates.push({old, new: now, score: similarity + GAP_BONUS});
			}
		}
	}
	return candidates;
}

/** The stretches of sentences already paired: a clause and the items of its list overlap. */
class Used {
	private spans = new Map<number, [number, number][]>();

	has(clause: Clause): boolean {
		const end = clause.start + clause.text.length;
		return (this.spans.get(clause.sentence) ?? []).some(([from, to]) => clause.start < to && from < end);
	}

	add(clause: Clause): void {
		const spans = this.spans.get(clause.sentence) ?? [];
		spans.push([clause.start, clause.start + clause.text.length]);
		this.spans.set(clause.sentence, spans);
	}
}
