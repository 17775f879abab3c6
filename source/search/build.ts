// Builds the index once per report (or corpus): every entry's folded text laid end to end,
// a pinyin reading set per character, and for each letter the positions a match may start at.
import type {Report} from '../model/report.ts';
import {makeFolder} from './fold.ts';
import type {Libraries} from './libraries.ts';
import {buildReadings, type ReadingTable} from './readings.ts';
import {reportEntries} from './entries.ts';
import type {Matches} from './match.ts';
import type {Entry} from './types.ts';

/** Between entries: folds to nothing a query can contain, so no match runs across two. */
export const SEPARATOR = '\u0000';

export interface SearchIndex {
	entries: Entry[];
	/** Where each entry's text starts in `folded`. */
	starts: Int32Array;
	/** All entries' texts, folded, joined by SEPARATOR; offsets match the originals one to one. */
	folded: string;
	/** Per position of `folded`: its reading set in `table` (0: none). */
	readingIds: Uint16Array;
	table: ReadingTable;
	/** Per letter a–z: the sorted positions whose character is that letter or has a reading starting with it. */
	byLetter: Int32Array[];
	/** Folds a query the way the text was folded. */
	fold: (text: string) => string;
	/** Folded word → every position it matches at, so each keystroke filters the last one's. */
	cache: Map<string, Matches>;
}

export function buildIndex(reports: readonly Report[], libraries: Libraries): SearchIndex {
	const entries = reports.flatMap((report, i) => reportEntries(report, i));
	const fold = makeFolder(libraries.convert);
	const starts = new Int32Array(entries.length);
	let length = 0;
	entries.forEach((entry, i) => {
		starts[i] = length;
		length += entry.text.length + 1;
	});
	const original = entries.map(e => e.text).join(SEPARATOR);
	const folded = fold(original);
	const {table, ids} = buildReadings(original, folded, libraries.pinyinOf);
	return {entries, starts, folded, readingIds: ids, table, byLetter: letterPositions(folded, ids, table), fold, cache: new Map()};
}

function letterMask(folded: string, ids: Uint16Array, table: ReadingTable, i: number): number {
	const code = folded.charCodeAt(i);
	const literal = code >= 97 && code <= 122 ? 1 << (code - 97) : 0;
	return literal | table.firstLetters[ids[i]];
}

function letterPositions(folded: string, ids: Uint16Array, table: ReadingTable): Int32Array[] {
	const counts = new Int32Array(26);
	const masks = new Int32Array(folded.length);
	for (let i = 0; i < folded.length; i++) {
		const mask = letterMask(folded, ids, table, i);
		masks[i] = mask;
		for (let m = mask, b = 0; m !== 0; m >>>= 1, b++) if (m & 1) counts[b]++;
	}
	const lists = Array.from(counts, n => new Int32Array(n));
	const filled = new Int32Array(26);
	for (let i = 0; i < folded.length; i++) {
		for (let m = masks[i], b = 0; m !== 0; m >>>= 1, b++) if (m & 1) lists[b][filled[b]++] = i;
	}
	return lists;
}
