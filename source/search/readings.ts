// Pinyin readings per character, computed once per distinct character when an index is built,
// so typing never calls pinyin-pro. A character gets every reading it has (重: zhong, chong).
import {isHan} from './fold.ts';

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

/** Numbers every distinct Han character of `folded` and gives each position its set id. */
export function buildReadings(folded: string, pinyinOf: PinyinOf): {table: ReadingTable; ids: Uint16Array} {
	const idOf = new Map<number, number>();
	const syllables: string[][] = [[]];
	const ids = new Uint16Array(folded.length);
	for (let i = 0; i < folded.length; i++) {
		const code = folded.charCodeAt(i);
		if (!isHan(code)) continue;
		let id = idOf.get(code);
		if (id === undefined) {
			const readings = toneless(pinyinOf(String.fromCharCode(code)));
			// The Han blocks hold fewer than 65,535 characters, so ids fit in 16 bits.
			id = readings.length > 0 ? syllables.push(readings) - 1 : 0;
			idOf.set(code, id);
		}
		ids[i] = id;
	}
	const firstLetters = new Int32Array(syllables.length);
	syllables.forEach((set, id) => {
		for (const s of set) firstLetters[id] |= 1 << (s.charCodeAt(0) - 97);
	});
	return {table: {syllables, pieces: syllables.map(readingPieces), firstLetters}, ids};
}
