// Chinese characters in the parser's patterns. \p{Script=Han} is the exact class, but V8 builds
// it from ICU's script data each time a pattern using it is compiled (~0.6 ms, twice when a
// pattern tiers up), and the parser has dozens: a cold parse spent ~25 ms doing that. These are
// the same ranges spelled out (a test holds them equal to the property, code point by code point).

/** The ranges of \p{Script=Han}, for use inside a character class of a pattern with the u flag. */
export const HAN_RANGES = String.raw`\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\u{16fe2}-\u{16fe3}\u{16ff0}-\u{16ff6}\u{20000}-\u{2a6df}\u{2a700}-\u{2b81d}\u{2b820}-\u{2cead}\u{2ceb0}-\u{2ebe0}\u{2ebf0}-\u{2ee5d}\u{2f800}-\u{2fa1d}\u{30000}-\u{3134a}\u{31350}-\u{33479}`;

/** One Chinese character: \p{Script=Han}. */
export const HAN = `[${HAN_RANGES}]`;
