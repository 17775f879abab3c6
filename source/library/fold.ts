// Folding for the library, and the character bigrams its index holds. The folding is search's own
// (source/search/fold.ts: traditional → simplified, full → half width, Latin case and accents),
// laid out as one table over the Basic Multilingual Plane so a whole library folds fast; like
// search's, it maps each UTF-16 code unit to exactly one, so offsets into folded text are offsets
// into the original.
import {makeFolder} from '../search/fold.ts';
import {loadLibraries} from '../search/libraries.ts';

export type Fold = (text: string) => string;

let table: Promise<Uint16Array> | null = null;

function foldTable(): Promise<Uint16Array> {
	table ??= (async () => {
		const fold = makeFolder((await loadLibraries(true)).convert);
		const codes = new Uint16Array(0x10000);
		for (let code = 0; code < 0x10000; code++) codes[code] = code;
		// Only letters, digits, full-width forms and Chinese characters fold to something else.
		const span = (from: number, to: number) => {
			const chars = String.fromCharCode(...Array.from({length: to - from}, (_, i) => from + i));
			const folded = fold(chars);
			for (let i = 0; i < folded.length; i++) codes[from + i] = folded.charCodeAt(i);
		};
		for (let from = 0; from < 0xd800; from += 4096) span(from, Math.min(from + 4096, 0xd800));
		for (let from = 0xe000; from < 0x10000; from += 4096) span(from, from + 4096);
		return codes;
	})();
	return table;
}

const decoder = new TextDecoder('utf-16le');

/** The folder: the same result as search's, from a table filled once (opencc loads here). */
export async function libraryFolder(): Promise<Fold> {
	const codes = await foldTable();
	return (text: string) => {
		const out = new Uint16Array(text.length);
		let surrogates = false;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			out[i] = codes[code];
			if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
		}
		// TextDecoder would replace a lone surrogate; char codes keep it.
		if (!surrogates) return decoder.decode(out);
		let s = '';
		for (let i = 0; i < out.length; i += 8192) s += String.fromCharCode(...out.subarray(i, i + 8192));
		return s;
	};
}

let WORD: Uint8Array | null = null;
const LETTER = /[\p{L}\p{N}]/u;

/** Letters, digits and Chinese characters of the Basic Multilingual Plane: what bigrams are made of. */
export function isWordUnit(code: number): boolean {
	if (WORD) return WORD[code] === 1;
	if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
	if (code >= 0xd800 && code <= 0xdfff) return false;
	return LETTER.test(String.fromCharCode(code));
}

/** The same answers as one table, filled on first use: indexing tests every character of a library. */
export function wordUnitTable(): Uint8Array {
	if (!WORD) {
		const table = new Uint8Array(0x10000);
		for (let code = 0; code < 0x10000; code++) table[code] = isWordUnit(code) ? 1 : 0;
		WORD = table;
	}
	return WORD;
}

/** Every code unit the folder changes, as [code, folded] pairs: an index keeps them to fold queries. */
export async function foldChanges(): Promise<[number, number][]> {
	const codes = await foldTable();
	const out: [number, number][] = [];
	for (let code = 0; code < 0x10000; code++) if (codes[code] !== code) out.push([code, codes[code]]);
	return out;
}

/**
 * A folder from a lookup of each code unit's folded one (the index's table of those pairs, sqlite.ts):
 * the same folding, without loading opencc.
 */
export function folderBy(foldedOf: (code: number) => number): Fold {
	return (text: string) => {
		let out = '';
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			const folded = foldedOf(code);
			out += folded === code ? text[i] : String.fromCharCode(folded);
		}
		return out;
	};
}
