// Grapheme clusters without ICU for the text reports are made of. Intl.Segmenter is exact for
// every script, but building one loads ICU's break rules (~10 ms at start-up) and it walks text
// many times slower than a loop. Text of characters that are each one UTF-16 unit, one cluster and
// never emoji — nearly all report text — is split unit by unit; the rest goes to ICU.

/**
 * Characters that are one code unit, one grapheme cluster and never emoji or zero-width: Latin,
 * general punctuation, CJK and its punctuation (not the combining tone marks U+302A–302F), kana
 * (not the combining sound marks), Hangul syllables, full-width forms.
 */
const PLAIN_CLASS =
	'\\x20-\\x7e\\u00a0-\\u00ac\\u00ae-\\u024f\\u2010-\\u2027\\u2030-\\u205e\\u2460-\\u25ff\\u3000-\\u3029\\u3030-\\u303f\\u3040-\\u3098\\u309b-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff\\uff01-\\uffe6';
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

/** Grapheme clusters of `text`. */
export function graphemes(text: string): string[] {
	if (unitClusters(text)) return Array.from(text);
	return Array.from(icu().segment(text), s => s.segment);
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

/** Grapheme clusters with their offsets. */
export function graphemeSegments(text: string): Segments {
	return unitClusters(text) ? new UnitSegments(text) : icu().segment(text);
}

/**
 * A stand-in for `new Intl.Segmenter(locale, {granularity: 'grapheme'})`: the build hands it to
 * Ink's dependencies, which split every line they draw into clusters.
 */
export const graphemeSegmenter = {segment: graphemeSegments};
