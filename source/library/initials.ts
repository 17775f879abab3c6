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

function letters(mask: number): string[] {
	const out: string[] = [];
	for (let b = 0; mask !== 0; b++, mask >>>= 1) if (mask & 1) out.push(String.fromCharCode(0x61 + b));
	return out;
}

/**
 * The section's tokens: for each run of two and of three characters that can all begin a piece,
 * every combination of their letters (`bb`, `bbz` for 八八战). `written` and `folded` are the
 * section's text as written and folded (the same length): a character is read both ways, as the
 * search engine reads it.
 */
export function initialTokens(written: string, folded: string, table: Initials): string {
	const n = folded.length;
	const masks = new Uint32Array(n);
	for (let i = 0; i < n; i++) masks[i] = table.masks[folded.charCodeAt(i)] | table.masks[written.charCodeAt(i)];
	const seen = new Set<string>();
	for (let i = 0; i + 1 < n; i++) {
		if (masks[i] === 0 || masks[i + 1] === 0) continue;
		const [a, b] = [letters(masks[i]), letters(masks[i + 1])];
		const c = i + 2 < n && masks[i + 2] !== 0 ? letters(masks[i + 2]) : [];
		for (const x of a) {
			for (const y of b) {
				seen.add(x + y);
				for (const z of c) seen.add(x + y + z);
			}
		}
	}
	return [...seen].join(' ');
}

const INITIALS = ['zh', 'ch', 'sh'];

/**
 * An FTS5 query for the sections a pinyin word (letters only, folded) can match in: the tokens of
 * every way its first three pieces can fall (two when the word has only two), ORed. Null when a
 * way has one piece (a syllable alone, or its start): that needs no run, so no section is ruled out.
 */
export function initialsQuery(word: string, table: Initials): string | null {
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
	return [...tokens].map(t => `"${t}"`).join(' OR ');
}
