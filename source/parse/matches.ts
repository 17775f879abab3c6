// Every match of a global pattern, as String.prototype.matchAll gives them. matchAll copies the
// pattern and makes an iterator on every call; the extractors ask dozens of patterns of every
// sentence, most of which match nothing, and the copies were a tenth of their time.

const NONE: readonly RegExpExecArray[] = Object.freeze([]);

/** The matches of `pattern` (global) in `text`, from its lastIndex on, which is left as it was. */
export function matchesOf(pattern: RegExp, text: string): readonly RegExpExecArray[] {
	if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
	const from = pattern.lastIndex;
	let out: RegExpExecArray[] | null = null;
	try {
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			(out ??= []).push(match);
			// An empty match moves on by one character, as matchAll does (a whole code point under u or v).
			if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
		}
	} finally {
		pattern.lastIndex = from;
	}
	return out ?? NONE;
}

function advance(text: string, index: number, codePoints: boolean): number {
	if (!codePoints || index + 1 >= text.length) return index + 1;
	const first = text.charCodeAt(index);
	const second = text.charCodeAt(index + 1);
	return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
