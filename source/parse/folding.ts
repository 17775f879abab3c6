// Rules read simplified characters; reports may be written in traditional ones. The parser runs
// on a folded copy of the text (source/text/han-fold.ts: one code unit for one, offsets equal) and
// every string it extracts is read back from the original text at the place it was found, so the
// model keeps the characters as written.
import {foldHan, type CharConverter} from '../text/han-fold.ts';

export interface Folding {
	/** The text the rules read. */
	folded: string;
	/** A string the rules produced from `folded`, in the original's characters. */
	unfold(text: string): string;
}

/** Folding of one original text; identity when nothing in it folds. */
export function foldingOf(original: string, convert: CharConverter | undefined): Folding {
	const folded = convert ? foldHan(original, convert) : original;
	if (folded === original) return {folded, unfold: text => text};
	// Where the text has no copy of a string (a name with its layout space removed), each
	// character is read back as it is written in this text.
	const byChar = new Map<number, string>();
	for (let i = 0; i < folded.length; i++) {
		const code = folded.charCodeAt(i);
		if (code !== original.charCodeAt(i) && !byChar.has(code)) byChar.set(code, original[i]);
	}
	const cache = new Map<string, string>();
	const unfold = (text: string): string => {
		let out = cache.get(text);
		if (out !== undefined) return out;
		const at = text.length > 0 ? folded.indexOf(text) : -1;
		if (at >= 0) out = original.slice(at, at + text.length);
		else if (text.includes('\n')) out = text.split('\n').map(unfold).join('\n');
		else out = Array.from(text, char => (char.length === 1 ? (byChar.get(char.charCodeAt(0)) ?? char) : char)).join('');
		cache.set(text, out);
		return out;
	};
	return {folded, unfold};
}

/** Every string in a value, read back through `unfold`; numbers, booleans and nulls as they are. */
export function unfoldAll<T>(value: T, unfold: (text: string) => string): T {
	if (typeof value === 'string') return unfold(value) as T;
	if (Array.isArray(value)) return value.map(item => unfoldAll(item, unfold)) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unfoldAll(item, unfold)])) as T;
	return value;
}
