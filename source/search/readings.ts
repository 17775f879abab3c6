// Pinyin readings per character, computed once per distinct character when an index is built,
// so typing never calls pinyin-pro. A character gets every reading it has (重: zhong, chong).
import {isHanCode} from '../text/han-fold.ts';

export type PinyinOf = (char: string) => string[];

/** The readings of each distinct character, numbered from 1 (0 means "no reading"). */
export interface ReadingTable {
	/** Set id → toneless readings, ü written both as u and as v (lüe: lue, lve). */
	syllables: string[][];
	/**
	 * Set id → what one character may consume from a query, longest first: whole syllables,
	 * two-letter initials (zh, ch, sh), first letters.
	 */
	pieces: string[][];
	/** Set id → bit mask of the letters a reading starts with (bit 0 = a). */
	firstLetters: Int32Array;
}

export function readingPieces(syllables: readonly string[]): string[] {
	const pieces = new Set<string>();
	for (const s of syllables) {
		pieces.add(s);
		if (/^[zcs]h/.test(s)) pieces.add(s.slice(0, 2));
		pieces.add(s[0]);
	}
	return [...pieces].sort((a, b) => b.length - a.length);
}

export function toneless(readings: readonly string[]): string[] {
	const out = new Set<string>();
	for (const r of readings) {
		const plain = r.toLowerCase();
		if (!/^[a-zü]+$/.test(plain)) continue;
		out.add(plain.replaceAll('ü', 'u'));
		out.add(plain.replaceAll('ü', 'v'));
	}
	return [...out];
}

/**
 * Numbers every distinct Han character of the text and gives each position its set id. A
 * character's readings are those of the character as written and as folded, since folding
 * can lose one (乾 → 干 keeps gan, loses the qian of 乾隆).
 */
export function buildReadings(original: string, folded: string, pinyinOf: PinyinOf): {table: ReadingTable; ids: Uint16Array} {
	const idOf = new Map<number, number>();
	const syllables: string[][] = [[]];
	const ids = new Uint16Array(folded.length);
	for (let i = 0; i < folded.length; i++) {
		const code = folded.charCodeAt(i);
		if (!isHanCode(code)) continue;
		const written = original.charCodeAt(i);
		const key = written * 0x10000 + code;
		let id = idOf.get(key);
		if (id === undefined) {
			const chars = written === code ? [code] : [written, code];
			const readings = toneless(chars.flatMap(c => pinyinOf(String.fromCharCode(c))));
			// Distinct (written, folded) pairs number about the Han blocks' ~28,000 characters plus the
			// traditional ones: ids fit in 16 bits.
			id = readings.length > 0 ? syllables.push(readings) - 1 : 0;
			idOf.set(key, id);
		}
		ids[i] = id;
	}
	const firstLetters = new Int32Array(syllables.length);
	syllables.forEach((set, id) => {
		for (const s of set) firstLetters[id] |= 1 << (s.charCodeAt(0) - 97);
	});
	return {table: {syllables, pieces: syllables.map(readingPieces), firstLetters}, ids};
}
