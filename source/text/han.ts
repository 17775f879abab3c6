// Chinese characters in plenum's patterns. \p{Script=Han} says it exactly, but V8 builds the
// class from ICU's script data each time a pattern is compiled, and Han's ten ranges outside the
// Basic Multilingual Plane each become alternatives of surrogate pairs: a cold parse of the
// bundled report spent ~8% of its instructions compiling them (callgrind: 496M → 457M with these).
// So the supplementary ideographic planes are one range (their few unassigned code points never
// occur in text), and nine marks at U+16FE2–16FF6 (used with Tangut and Vietnamese, never in a
// Chinese report) are left out. A test holds this to the property, code point by code point.

/** The ranges of Chinese characters, for use inside a character class of a pattern with the u flag. */
export const HAN_RANGES = String.raw`\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\u{20000}-\u{3347f}`;

/** One Chinese character. */
export const HAN = `[${HAN_RANGES}]`;

/** Finds a Chinese character: whether a text holds any. */
export const HAN_LETTER = new RegExp(HAN, 'u');

/**
 * The CJK Unified Ideographs block alone (U+4E00–9FFF), for inside a character class: the
 * measure rules were written with it and are held to the labelled corpus as they are (widening
 * one to HAN is a change of the parser, to be scored). HAN is the class for new rules.
 */
export const HAN_BASIC = String.raw`\u4e00-\u9fff`;
