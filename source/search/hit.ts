// A hit whose ranges and context are worked out when first read: a one-letter query over a
// corpus matches hundreds of thousands of times, and a prompt shows only the first screenful.
import {contextOf} from './context.ts';
import type {Matches} from './match.ts';
import type {Context, Entry, Hit, HitKind, Range} from './types.ts';

export class LazyHit implements Hit {
	// Assigned in the constructor rather than declared with initialisers: class-field definition
	// semantics made building tens of thousands of hits per keystroke several times slower.
	declare private readonly entry: Entry;
	declare private cachedRanges: Range[] | undefined;
	declare private cachedContext: Context | undefined;
	declare private readonly words: readonly Matches[];
	declare private readonly from: number;
	declare private readonly to: number;
	declare private readonly spans: readonly number[] | null;
	declare private readonly base: number;

	/**
	 * `words` are each word's non-overlapping matches over the whole index; [from, to) is the
	 * stretch of the first word's inside this entry, which starts at `base`; `spans` holds the
	 * same pair for every further word (null for a one-word query: most hits, no allocation).
	 */
	constructor(entry: Entry, base: number, words: readonly Matches[], from: number, to: number, spans: readonly number[] | null) {
		this.entry = entry;
		this.base = base;
		this.words = words;
		this.from = from;
		this.to = to;
		this.spans = spans;
		this.cachedRanges = undefined;
		this.cachedContext = undefined;
	}

	get kind(): HitKind {
		return this.entry.kind;
	}

	get report(): number {
		return this.entry.report;
	}

	get id(): number {
		return this.entry.id;
	}

	get section(): number | null {
		return this.entry.section;
	}

	get text(): string {
		return this.entry.text;
	}

	get ranges(): Range[] {
		if (this.cachedRanges) return this.cachedRanges;
		const out: Range[] = [];
		this.words.forEach((m, w) => {
			const from = w === 0 ? this.from : (this.spans?.[2 * w - 2] ?? 0);
			const to = w === 0 ? this.to : (this.spans?.[2 * w - 1] ?? 0);
			for (let i = from; i < to; i++) out.push({start: m.starts[i] - this.base, end: m.ends[i] - this.base});
		});
		this.cachedRanges = this.words.length > 1 ? merge(out) : out;
		return this.cachedRanges;
	}

	get context(): Context {
		this.cachedContext ??= contextOf(this.text, this.ranges);
		return this.cachedContext;
	}

	/** How many ranges, without building them when one word matched. */
	get matchCount(): number {
		return this.words.length === 1 ? this.to - this.from : this.ranges.length;
	}

	toJSON(): Hit {
		const {kind, report, id, section, text, ranges, context} = this;
		return {kind, report, id, section, text, ranges, context};
	}
}

/** Ranges of several words may overlap (`战略 zhanlue`): sort and join them. */
function merge(ranges: Range[]): Range[] {
	ranges.sort((a, b) => a.start - b.start || a.end - b.end);
	const out: Range[] = [];
	for (const r of ranges) {
		const prev = out.at(-1);
		if (prev && r.start < prev.end) prev.end = Math.max(prev.end, r.end);
		else out.push({...r});
	}
	return out;
}
