// The attendee extractor reads every sentence in passes, each knowing the names the one before
// found; what a pass read is kept, and a later pass takes it for every sentence its new names
// cannot change.
import type {FormulaReading} from './formulas.ts';
import type {Mention} from './mentions.ts';
import type {Sentence} from './text.ts';
import {WordsByFirstUnit} from '../lexicon/occurrences.ts';

/**
 * What one pass read in each sentence, and what a later pass may take from it. A later pass knows
 * more names, but the readers look a name up only in a sentence's own characters, in their order,
 * some perhaps left out (a note in brackets, 王晓萍（女）; a separator between list items) and
 * none reordered: a sentence in which no name added since can be spelled out, character after
 * character, reads exactly as before, and is not read again. Most sentences of a long report name
 * none of the people it names elsewhere, and most reports add no name in the last pass.
 */
export class PassReadings {
	// By the sentence's place in this pass: arrays, not maps, since a long report has tens of
	// thousands of sentences and a pass's readings are kept until the next pass has read them.
	private readonly mentions: Mention[][] = [];
	private readonly formulas: FormulaReading[] = [];
	private readonly previous: (Sentence | null)[] = [];
	/** Each sentence's place in this pass, made only if a later pass reads them in another order. */
	private places: Map<Sentence, number> | null = null;

	constructor(
		private readonly known: ReadonlySet<string>,
		private readonly sentences: readonly Sentence[],
	) {}

	// A reading that names someone this pass did not know before is not kept: every name a pass
	// reads is known to the next, and spelled out in the sentence it was read from, so the next
	// pass reads that sentence again anyway. The first pass, knowing no one, keeps only what names
	// no one: little, however long the report.
	recordMentions(index: number, mentions: Mention[]): void {
		if (mentions.every(mention => this.known.has(mention.name))) this.mentions[index] = mentions;
	}

	recordFormulas(index: number, previous: Sentence | null, reading: FormulaReading): void {
		if (!reading.people.every(person => this.known.has(person.name))) return;
		this.previous[index] = previous;
		this.formulas[index] = reading;
	}

	/** What this pass's mentions were in `sentence`, which a later pass reads at `index`. */
	mentionsOf(sentence: Sentence, index: number): Mention[] | undefined {
		const at = this.placeOf(sentence, index);
		return at === undefined ? undefined : this.mentions[at];
	}

	/** What this pass's formulas read in `sentence`, if the sentence before it was the same. */
	formulasOf(sentence: Sentence, index: number, previous: Sentence | null): FormulaReading | undefined {
		const at = this.placeOf(sentence, index);
		return at !== undefined && this.previous[at] === previous ? this.formulas[at] : undefined;
	}

	private placeOf(sentence: Sentence, index: number): number | undefined {
		// The second pass reads the first pass's sentences first, in the same order; the last does not.
		if (this.sentences[index] === sentence) return index;
		this.places ??= new Map(this.sentences.map((read, at) => [read, at]));
		return this.places.get(sentence);
	}

	/** Whether `sentence`, read with these names, reads the same with `known`: null when that cannot be told. */
	unchangedWith(known: ReadonlySet<string>): ((sentence: Sentence, index: number) => boolean) | null {
		// The names the readers try are ordered by their order in the set: the earlier names must come first, in order.
		const names = [...known];
		if (names.length < this.known.size) return null;
		let at = 0;
		for (const name of this.known) if (names[at++] !== name) return null;
		const added = names.slice(this.known.size);
		if (added.length === 0) return () => true;
		const spelled = spelledOut(added);
		// Asked by the mentions and the formulas alike, of the same sentences in the same order: each is looked at once.
		const asked: Sentence[] = [];
		const answers: boolean[] = [];
		return (sentence, index) => {
			if (asked[index] !== sentence) {
				asked[index] = sentence;
				answers[index] = !spelled(sentence.text);
			}
			return answers[index];
		};
	}
}

/** Whether some name's characters all occur in a text, in the name's order (王晓萍 in 王晓萍（女）). */
function spelledOut(names: readonly string[]): (text: string) => boolean {
	// By first code unit: asked at every position of every sentence, a lookup that allocates nothing.
	const byFirst = new WordsByFirstUnit(names);
	return text => {
		for (let i = 0; i < text.length; i++) {
			const candidates = byFirst.at(text.charCodeAt(i));
			if (candidates) for (const name of candidates) if (follows(name, text, i + 1)) return true;
		}
		return false;
	};
}

/** Whether `name` after its first character occurs in `text` from `from` on, in order. */
function follows(name: string, text: string, from: number): boolean {
	let at = from - 1;
	for (let k = 1; k < name.length; k++) {
		at = text.indexOf(name.charAt(k), at + 1);
		if (at < 0) return false;
	}
	return true;
}

/** Reading the sentences with a pass's readings to record, and an earlier pass's to reuse where they hold. */
export interface Pass {
	record?: PassReadings;
	reuse?: {readings: PassReadings; unchanged: (sentence: Sentence, index: number) => boolean};
}
