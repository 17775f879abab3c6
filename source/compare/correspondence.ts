// Where a clause of one report may find its partner in the other: in the sentence its own sentence
// pairs with, in the gap where an unpaired sentence's counterpart would stand, or elsewhere; and how
// much each place weighs when two candidates compete.
import type {Gap} from './align.ts';
import type {Clause} from './clauses.ts';

/** Dice of character bigrams: low enough that a four-character swap in a short clause still pairs. */
export const CLAUSE_SIMILARITY = 0.4;
/**
 * The same for two clauses of sentences that pair up, which already say they correspond: a long
 * clause whose tail was rewritten still pairs by the phrase it starts with (充分彰显了以习近平同志为
 * 核心的党中央高瞻远瞩的战略眼光… → 充分体现了以习近平同志为核心的党中央信念坚定…).
 */
export const CORRESPONDING_SIMILARITY = 0.3;
/** Added to the similarity of two clauses whose sentences pair up: of two similar partners, that one wins. */
export const SENTENCE_BONUS = 0.2;
/**
 * Added, as much, for a new clause at the place where an unpaired old sentence's counterpart would
 * stand: one sentence either side of it (more lets lists of a long gap pair by chance).
 */
export const GAP_BONUS = 0.2;
export const GAP_REACH = 1;
/** Taken, as much, from a clause elsewhere whose sentence pairs with another old sentence. */
export const TAKEN_ELSEWHERE = 0.2;

/** Where the new sentences stand for an old one: its partner, and the gap between its neighbours' partners. */
export interface Correspondence {
	partnerOf(oldSentence: number): number | undefined;
	gapOf(oldSentence: number): Gap | undefined;
	/** Whether a new sentence pairs with some old sentence (its clauses then belong to that one first). */
	pairsNew?(newSentence: number): boolean;
}

export const nowhere: Correspondence = {partnerOf: () => undefined, gapOf: () => undefined};

export interface Candidate {
	old: Clause;
	new: Clause;
	score: number;
}

export type Relation = 'partner' | 'gap' | 'elsewhere';

export function relation(newSentence: number, partner: number | undefined, gap: Gap | undefined): Relation {
	if (newSentence === partner) return 'partner';
	return gap !== undefined && newSentence >= gap.from && newSentence <= gap.to && Math.abs(newSentence - gap.at) <= GAP_REACH ? 'gap' : 'elsewhere';
}

export const bonusOf = (kind: Relation) => (kind === 'partner' ? SENTENCE_BONUS : kind === 'gap' ? GAP_BONUS : 0);
export const leastOf = (kind: Relation) => (kind === 'partner' ? CORRESPONDING_SIMILARITY : CLAUSE_SIMILARITY);
