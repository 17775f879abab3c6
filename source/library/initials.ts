// Pinyin across a library without reading every section: an index of the letters each run of two
// or three characters can begin with. A character can begin with the first letter of any of its
// readings (重: z or c) or, a Latin letter, with itself. A pinyin query matches characters one
// piece at a time (a syllable, zh/ch/sh, or a first letter; the last piece may be a syllable's
// start), so its first two or three pieces' first letters must be such a run. Every way the query
// can start gives one token; a section holding none of them cannot match. The search engine then
// confirms what is left, as it does inside one report.
import {loadLibraries} from '../search/libraries.ts';
import {toneless} from '../search/readings.ts';
import {isHanCode as isHan} from '../text/han-fold.ts';

export interface Initials {
	/** Per code unit: a bit for each letter its readings (or itself) can begin with (bit 0 = a). */
	masks: Uint32Array;
	/** Every toneless syllable, ü as u and as v. */
	syllables: Set<string>;
}

let table: Promise<Initials> | null = null;

export function initialsTable(): Promise<Initials> {
	table ??= (async () => {
		const {pinyinOf} = await loadLibraries(true);
		const masks = new Uint32Array(0x10000);
		const syllables = new Set<string>();
		for (let code = 0x61; code <= 0x7a; code++) masks[code] = 1 << (code - 0x61);
		for (let code = 0x3000; code < 0xfb00; code++) {
			if (!isHan(code)) continue;
			for (const reading of toneless(pinyinOf(String.fromCharCode(code)))) {
				masks[code] |= 1 << (reading.charCodeAt(0) - 0x61);
				syllables.add(reading);
			}
		}
		return {masks, syllables};
	})();
	return table;
}

/** The letters (0 = a) a mask holds, remembered per mask: a library has few distinct masks. */
const lettersOfMask = new Map<number, Uint8Array>();

function letters(mask: number): Uint8Array {
	let out = lettersOfMask.get(mask);
	if (!out) {
		const found: number[] = [];
		for (let b = 0, m = mask; m !== 0; b++, m >>>= 1) if (m & 1) found.push(b);
		lettersOfMask.set(mask, (out = Uint8Array.from(found)));
	}
	return out;
}

const NONE = new Uint8Array(0);
/** Per table, the letters of each code unit read one way (as written and folded alike), filled as met. */
const codeLetters = new WeakMap<Initials, (Uint8Array | undefined)[]>();

function lettersByCode(table: Initials): (Uint8Array | undefined)[] {
	let out = codeLetters.get(table);
	if (!out) codeLetters.set(table, (out = Array.from({length: 0x10000}, () => undefined)));
	return out;
}
/** Tokens as numbers: a pair xy is x·26+y; a triple xyz comes after every pair, at PAIRS + (x·26+y)·26+z. */
const PAIRS = 26 * 26;
/** How many tokens there can be: every token is a number below this. */
export const TOKEN_COUNT = PAIRS + PAIRS * 26;
let tokenNames: string[] | null = null;
let seenTokens: Uint8Array | null = null;

function tokenName(token: number): string {
	tokenNames ??= Array.from({length: TOKEN_COUNT}, (_, t) => {
		const letter = (n: number) => String.fromCharCode(0x61 + n);
		if (t < PAIRS) return letter(Math.floor(t / 26)) + letter(t % 26);
		const u = t - PAIRS;
		return letter(Math.floor(u / PAIRS)) + letter(Math.floor(u / 26) % 26) + letter(u % 26);
	});
	return tokenNames[token];
}

/**
 * The section's tokens: for each run of two and of three characters that can all begin a piece,
 * every combination of their letters (`bb`, `bbz` for 八八战), in the order first met. `written` and
 * `folded` are the section's text as written and folded (the same length): a character is read
 * both ways, as the search engine reads it. Tokens are numbers (a pair xy is x·26+y, a triple
 * after every pair), never strings: indexing reads every character of a library, and a section's
 * tokens as names were four times its text.
 */
export function initialTokenCodes(written: string, folded: string, table: Initials): number[] {
	const n = folded.length;
	const byCode = lettersByCode(table);
	const at: Uint8Array[] = new Array(n);
	for (let i = 0; i < n; i++) {
		const code = folded.charCodeAt(i);
		const other = written.charCodeAt(i);
		at[i] = code === other ? (byCode[code] ??= letters(table.masks[code])) : letters(table.masks[code] | table.masks[other]);
	}
	// One table for every call, cleared of what this one marked before it returns.
	const seen = (seenTokens ??= new Uint8Array(TOKEN_COUNT));
	const order: number[] = [];
	for (let i = 0; i + 1 < n; i++) {
		const a = at[i];
		const b = at[i + 1];
		if (a.length === 0 || b.length === 0) continue;
		const c = i + 2 < n ? at[i + 2] : NONE;
		for (let x = 0; x < a.length; x++) {
			for (let y = 0; y < b.length; y++) {
				const pair = a[x] * 26 + b[y];
				if (seen[pair] === 0) {
					seen[pair] = 1;
					order.push(pair);
				}
				for (let z = 0; z < c.length; z++) {
					const triple = PAIRS + pair * 26 + c[z];
					if (seen[triple] === 0) {
						seen[triple] = 1;
						order.push(triple);
					}
				}
			}
		}
	}
	for (let k = 0; k < order.length; k++) seen[order[k]] = 0;
	return order;
}

/** The same tokens by name (`bb bbz bz`): what a reader of the index would call them. */
export function initialTokens(written: string, folded: string, table: Initials): string {
	return initialTokenCodes(written, folded, table).map(tokenName).join(' ');
}

/** A token's number from its name (two or three letters a–z). */
function tokenCode(name: string): number {
	const letter = (i: number) => name.charCodeAt(i) - 0x61;
	const pair = letter(0) * 26 + letter(1);
	return name.length === 2 ? pair : PAIRS + pair * 26 + letter(2);
}

const INITIALS = ['zh', 'ch', 'sh'];

/**
 * The tokens a section must hold one of for a pinyin word (letters only, folded) to match in it:
 * those of every way its first three pieces can fall (two when the word has only two). Null when
 * a way has one piece (a syllable alone, or its start): that needs no run, so no section is ruled out.
 */
export function initialsQuery(word: string, table: Initials): number[] | null {
	if (!/^[a-z]+$/.test(word)) return null;
	const {syllables} = table;
	const startsSyllable = (s: string) => {
		for (const syllable of syllables) if (syllable.startsWith(s)) return true;
		return false;
	};
	/** Where a piece starting at `p` can end: a single letter always (literally, or as a first letter). */
	const ends = (p: number): number[] => {
		const out = new Set([p + 1]);
		for (let end = p + 2; end <= Math.min(word.length, p + 6); end++) {
			const piece = word.slice(p, end);
			if (syllables.has(piece) || INITIALS.includes(piece) || (end === word.length && startsSyllable(piece))) out.add(end);
		}
		// The last piece may be any start of a syllable.
		if (p < word.length && startsSyllable(word.slice(p))) out.add(word.length);
		return [...out].filter(e => e <= word.length);
	};
	const tokens = new Set<string>();
	for (const second of ends(0)) {
		if (second >= word.length) return null;
		for (const third of ends(second)) {
			tokens.add(third >= word.length ? word[0] + word[second] : word[0] + word[second] + word[third]);
		}
	}
	return [...tokens].map(tokenCode);
}
