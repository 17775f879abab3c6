// Grapheme clusters without ICU for the text reports are made of. Intl.Segmenter is exact for
// every script, but building one loads ICU's break rules (~10 ms at start-up) and it walks text
// many times slower than a loop. Text of characters that are each one UTF-16 unit, one cluster and
// never emoji — nearly all report text — is split unit by unit; the rest goes to ICU.

/**
 * Characters that are one code unit, one grapheme cluster and never emoji or zero-width: Latin,
 * general punctuation, CJK and its punctuation (not the combining tone marks U+302A–302F), kana
 * (not the combining sound marks), Hangul syllables, full-width and half-width forms (not the
 * half-width Hangul filler U+FFA0, which takes no column).
 */
const PLAIN_CLASS =
	'\\x20-\\x7e\\u00a0-\\u00ac\\u00ae-\\u024f\\u2010-\\u2027\\u2030-\\u205e\\u2460-\\u25ff\\u3000-\\u3029\\u3030-\\u303f\\u3040-\\u3098\\u309b-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff\\uff01-\\uff9f\\uffa1-\\uffe6';
const PLAIN = new RegExp(`^[${PLAIN_CLASS}]*$`);
/** Controls are clusters of their own too (but CR LF is one): styled terminal lines split the same way. */
const ONE_UNIT_CLUSTERS = new RegExp(`^[\\x00-\\x1f\\x7f-\\x9f${PLAIN_CLASS}]*$`);

const PLAIN_LINES = new RegExp(`^[\\n\\r\\t${PLAIN_CLASS}]*$`);

/** Plain text: every UTF-16 unit is a cluster, and its width is its East Asian width. */
export function isPlain(text: string): boolean {
	return PLAIN.test(text);
}

/** Plain text in lines. */
export function isPlainLines(text: string): boolean {
	return PLAIN_LINES.test(text);
}

function unitClusters(text: string): boolean {
	return ONE_UNIT_CLUSTERS.test(text) && !text.includes('\r\n');
}

let segmenter: Intl.Segmenter | null = null;

function icu(): Intl.Segmenter {
	// A start-up snapshot could not hold one either: made on first need.
	segmenter ??= new Intl.Segmenter('zh', {granularity: 'grapheme'});
	return segmenter;
}

/**
 * ICU is never handed more than this many code units at once: on Node 20 Intl.Segmenter is
 * superlinear in the length of what it is given (50,000 characters 0.7 s, 100,000 19 s), and a
 * paragraph of 200,000 characters with one emoji froze the browser for minutes.
 */
export const SEGMENT_CHUNK = 1024;

const PAIR_OF_PLAIN = new RegExp(`^[${PLAIN_CLASS}]{2}$`);
/** What may continue a cluster: marks, joiners, variation selectors, skin tones, tags, a low surrogate. */
const REGIONAL = /^\ud83c[\udde6-\uddff]/;
const CONTINUES = /^(?:[\p{M}\u200c\u200d\ufe00-\ufe0f\udc00-\udfff]|\ud83c[\udffb-\udfff]|\udb40[\udc20-\udc7f])/u;

/**
 * Where `text` may be cut near `at` without splitting a cluster: between two plain characters
 * (always a boundary), else before a character that cannot continue one and after one that
 * cannot join it to the next. Looked for backwards from `at`; `at` itself if nothing better.
 */
function cutNear(text: string, at: number, floor: number): number {
	for (let k = at; k > floor; k--) if (PAIR_OF_PLAIN.test(text.slice(k - 1, k + 1))) return k;
	for (let k = at; k > floor; k--) {
		const before = text.charCodeAt(k - 1);
		if (before === 0x200d || (before >= 0xd800 && before <= 0xdbff) || (before === 0x0d && text.charCodeAt(k) === 0x0a)) continue;
		// Flags pair regional indicators: never cut between two of them.
		if (REGIONAL.test(text.slice(k, k + 2)) && REGIONAL.test(text.slice(k - 2, k))) continue;
		if (!CONTINUES.test(text.slice(k, k + 2))) return k;
	}
	return at;
}

/** [start, end) stretches of `text` of at most about SEGMENT_CHUNK units, cut between clusters. */
function chunks(text: string): [number, number][] {
	const out: [number, number][] = [];
	for (let start = 0; start < text.length;) {
		const end = text.length - start <= SEGMENT_CHUNK ? text.length : cutNear(text, start + SEGMENT_CHUNK, start + SEGMENT_CHUNK / 2);
		out.push([start, end]);
		start = end;
	}
	return out;
}

/** Grapheme clusters of `text`. */
export function graphemes(text: string): string[] {
	if (unitClusters(text)) return Array.from(text);
	if (text.length <= SEGMENT_CHUNK) return Array.from(icu().segment(text), s => s.segment);
	return chunks(text).flatMap(([start, end]) => Array.from(icu().segment(text.slice(start, end)), s => s.segment));
}

/** `text` in pieces that each end between two clusters, none longer than about SEGMENT_CHUNK. */
export function boundedPieces(text: string): string[] {
	return text.length <= SEGMENT_CHUNK ? [text] : chunks(text).map(([start, end]) => text.slice(start, end));
}

type Segment = {segment: string; index: number; input: string};

/** The segments of text whose every UTF-16 unit is a cluster. */
class UnitSegments {
	constructor(private readonly input: string) {}

	containing(index = 0): Segment | undefined {
		if (index < 0 || index >= this.input.length) return undefined;
		return {segment: this.input[index], index, input: this.input};
	}

	[Symbol.iterator](): Iterator<Segment> {
		const {input} = this;
		let index = 0;
		return {next: () => (index < input.length ? {value: {segment: input[index], index: index++, input}, done: false} : {value: undefined, done: true})};
	}
}

/** Segments as Intl.Segmenter gives them: iterable, with containing(). */
type Segments = Iterable<Segment> & {containing(index?: number): Segment | undefined};

/** The segments of a long text, ICU given one bounded chunk at a time. */
class ChunkedSegments {
	private readonly stretches: [number, number][];

	constructor(private readonly input: string) {
		this.stretches = chunks(input);
	}

	containing(index = 0): Segment | undefined {
		if (index < 0 || index >= this.input.length) return undefined;
		const [start, end] = this.stretches.find(([, e]) => index < e)!;
		const found = icu()
			.segment(this.input.slice(start, end))
			.containing(index - start);
		return found && {segment: found.segment, index: found.index + start, input: this.input};
	}

	*[Symbol.iterator](): Iterator<Segment> {
		for (const [start, end] of this.stretches) {
			for (const s of icu().segment(this.input.slice(start, end))) yield {segment: s.segment, index: s.index + start, input: this.input};
		}
	}
}

/** Grapheme clusters with their offsets. */
export function graphemeSegments(text: string): Segments {
	if (unitClusters(text)) return new UnitSegments(text);
	return text.length <= SEGMENT_CHUNK ? icu().segment(text) : new ChunkedSegments(text);
}

/**
 * A stand-in for `new Intl.Segmenter(locale, {granularity: 'grapheme'})`: the build hands it to
 * Ink's dependencies, which split every line they draw into clusters.
 */
export const graphemeSegmenter = {segment: graphemeSegments};
