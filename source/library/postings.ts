// Where each character bigram occurs: for every bigram of folded text, the sections and the places
// in them. A word of n characters occurs at p exactly when its n - 1 bigrams occur at p, p + 1, …,
// so a word made of letters, digits and Chinese characters is counted, and its places found, from
// the postings alone: no section's text is read. The index writes one segment per batch of files
// (a row per bigram, so it grows by appending); a bigram's postings are its rows of every segment,
// in order, and section ids only grow from one segment to the next.
import {isWordUnit, wordUnitTable} from './fold.ts';
import {Writer} from './varint.ts';

/** Sections a report can have: a section's id is its report's id × this + its number. */
export const SECTIONS_PER_REPORT = 2 ** 20;

export function sectionId(report: number, n: number): number {
	return report * SECTIONS_PER_REPORT + n;
}

export function reportOfSection(id: number): number {
	return Math.floor(id / SECTIONS_PER_REPORT);
}

export function numberOfSection(id: number): number {
	return id % SECTIONS_PER_REPORT;
}

/** A bigram as one number: its two UTF-16 code units. */
function gramCode(a: number, b: number): number {
	return a * 0x10000 + b;
}

/** A folded word's bigrams in order, or null when the postings cannot answer it (a character alone, punctuation). */
export function gramsOf(word: string): number[] | null {
	if (word.length < 2) return null;
	const out: number[] = [];
	for (let i = 0; i + 1 < word.length; i++) {
		const [a, b] = [word.charCodeAt(i), word.charCodeAt(i + 1)];
		if (!isWordUnit(a) || !isWordUnit(b)) return null;
		out.push(gramCode(a, b));
	}
	return out;
}

export interface GramRow {
	gram: number;
	/**
	 * Per section, ascending: its report's step from the one before, its number (its step, in the
	 * same report), the count, the places' steps. Varints: most are one byte.
	 */
	data: Uint8Array;
}

// The indexer's working arrays, kept from one batch to the next and grown when a batch needs
// more: a batch's bigram occurrences are counted, then placed, in typed arrays, so writing the
// postings leaves the collector next to nothing (lists per bigram made the indexer's heap grow).
let slotKeys = new Int32Array(0);
let slotCounts = new Int32Array(0);
let slotStarts = new Int32Array(0);
let entries = new Int32Array(0);
/** The table's size the last batch ended with: the next, alike, starts there rather than doubling up to it again. */
let lastCapacity = 1 << 15;

/** Calls `visit(key, index, place)` for every bigram of the sections' folded texts, in order. */
function eachBigram(sections: readonly {folded: string}[], visit: (key: number, index: number, place: number) => void): void {
	const word = wordUnitTable();
	for (let index = 0; index < sections.length; index++) {
		const {folded} = sections[index];
		let previous = folded.length > 0 ? folded.charCodeAt(0) : 0;
		let previousWord = folded.length > 0 && word[previous] === 1;
		for (let i = 1; i < folded.length; i++) {
			const code = folded.charCodeAt(i);
			const isWord = word[code] === 1;
			// The bigram as a 32-bit key (its two code units).
			if (isWord && previousWord) visit((previous << 16) | code, index, i - 1);
			previous = code;
			previousWord = isWord;
		}
	}
}

const writer = new Writer();

/**
 * The postings of some sections (ascending ids), one row per bigram, by bigram. Each row's data is
 * a view of a buffer the next row is written into: a store copies what it keeps (SQLite does when
 * it binds it), and a batch leaves no buffer per row behind.
 */
export function* postingsOf(sections: readonly {id: number; folded: string}[]): Generator<GramRow> {
	const chars = sections.reduce((n, s) => n + s.folded.length, 0);
	if (entries.length < chars * 2) entries = new Int32Array(chars * 2);
	// An open-addressed table of the bigrams seen, at most half full: doubled as it fills.
	let capacity = lastCapacity;
	let mask = capacity - 1;
	// A slot is the product's top bits (Fibonacci hashing): its low bits depend only on the key's
	// low bits, the second character and two bits of the first, so bigrams sharing a second
	// character fell into one run of slots (~31 probes a bigram on a batch of reports, not 0.14).
	let shift = Math.clz32(capacity) + 1;
	let used = new Uint8Array(capacity);
	const slots: number[] = [];
	const grow = (size: number) => {
		if (slotKeys.length < size) [slotKeys, slotCounts, slotStarts] = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
	};
	grow(capacity);
	const place = (key: number) => {
		let slot = Math.imul(key, 0x9e3779b1) >>> shift;
		while (used[slot] === 1 && slotKeys[slot] !== key) slot = (slot + 1) & mask;
		return slot;
	};
	const slotOf = (key: number) => {
		let slot = place(key);
		if (used[slot] === 1) return slot;
		if ((slots.length + 1) * 2 > capacity) {
			// Twice the room: every bigram seen moves, with its count.
			const keys = Int32Array.from(slots, s => slotKeys[s]);
			const counts = Int32Array.from(slots, s => slotCounts[s]);
			lastCapacity = capacity *= 2;
			mask = capacity - 1;
			shift--;
			used = new Uint8Array(capacity);
			grow(capacity);
			slots.length = 0;
			for (let m = 0; m < keys.length; m++) {
				const s = place(keys[m]);
				used[s] = 1;
				slotKeys[s] = keys[m];
				slotCounts[s] = counts[m];
				slots.push(s);
			}
			slot = place(key);
		}
		used[slot] = 1;
		slotKeys[slot] = key;
		slotCounts[slot] = 0;
		slots.push(slot);
		return slot;
	};
	eachBigram(sections, key => {
		// The slot first: finding it may grow the table, which replaces `slotCounts`, and
		// `slotCounts[slotOf(key)]++` would count the bigram in the array it replaced.
		const slot = slotOf(key);
		slotCounts[slot]++;
	});
	// Each bigram's (section's index, place) pairs, in bigram order, in `entries`.
	// By bigram: each slot with its key above it in one number (key · capacity + slot < 2^53 while
	// the table has at most 2^21 slots), sorted by the typed array's own numeric sort, no comparator.
	if (capacity <= 2 ** 21) {
		const keyed = Float64Array.from(slots, slot => (slotKeys[slot] >>> 0) * capacity + slot).sort();
		for (let k = 0; k < keyed.length; k++) slots[k] = keyed[k] % capacity;
	} else slots.sort((a, b) => (slotKeys[a] >>> 0) - (slotKeys[b] >>> 0));
	let next = 0;
	for (const slot of slots) {
		slotStarts[slot] = next;
		next += slotCounts[slot] * 2;
	}
	eachBigram(sections, (key, index, place) => {
		const slot = slotOf(key);
		entries[slotStarts[slot]++] = index;
		entries[slotStarts[slot]++] = place;
	});
	let from = 0;
	for (const slot of slots) {
		const to = slotStarts[slot];
		let lastReport = 0;
		let lastN = 0;
		for (let i = from; i < to;) {
			const index = entries[i];
			let end = i;
			while (end < to && entries[end] === index) end += 2;
			const report = reportOfSection(sections[index].id);
			const n = numberOfSection(sections[index].id);
			writer.varint(report - lastReport);
			writer.varint(report === lastReport ? n - lastN : n);
			writer.varint((end - i) / 2);
			let lastPlace = 0;
			for (let k = i; k < end; k += 2) {
				writer.varint(entries[k + 1] - lastPlace);
				lastPlace = entries[k + 1];
			}
			lastReport = report;
			lastN = n;
			i = end;
		}
		yield {gram: slotKeys[slot] >>> 0, data: writer.take()};
		from = to;
	}
}

/** One bigram's postings decoded: section i holds places[from[i]] up to places[from[i + 1]]. */
interface Decoded {
	ids: Float64Array;
	from: Int32Array;
	places: Int32Array;
	sections: number;
}

// Decoded postings are kept from one query to the next and grown when a bigram needs more: large
// typed arrays made afresh for every query would keep the collector busy.
const pool: Decoded[] = [];

/** The blob being read and where: module state, so reading a varint is a small function V8 inlines. */
let bytes: Uint8Array = new Uint8Array(0);
let at = 0;

function varint(): number {
	// Most are one byte (steps, counts, places in short sections), nearly all the rest two.
	const first = bytes[at++];
	if (first < 0x80) return first;
	let value = first & 0x7f;
	for (let scale = 0x80; ; scale *= 0x80) {
		const byte = bytes[at++];
		value += (byte & 0x7f) * scale;
		if (byte < 0x80) return value;
	}
}

function decodeInto(slot: number, blobs: readonly Uint8Array[]): Decoded {
	// Every entry takes a byte at least: the blobs' length bounds every array.
	const size = blobs.reduce((n, b) => n + b.length, 0);
	let d = pool[slot];
	if (!d || d.places.length < size) {
		const capacity = Math.ceil(Math.max(size, 1024) * 1.5);
		pool[slot] = d = {ids: new Float64Array(capacity), from: new Int32Array(capacity + 1), places: new Int32Array(capacity), sections: 0};
	}
	const {ids, from, places} = d;
	let sections = 0;
	let placed = 0;
	for (const blob of blobs) {
		bytes = blob;
		at = 0;
		let report = 0;
		let n = 0;
		while (at < blob.length) {
			const step = varint();
			n = step > 0 ? varint() : n + varint();
			report += step;
			const count = varint();
			ids[sections] = sectionId(report, n);
			from[sections++] = placed;
			let place = 0;
			for (let k = 0; k < count; k++) places[placed++] = place += varint();
		}
	}
	from[sections] = placed;
	d.sections = sections;
	return d;
}

/**
 * A word's matches, leftmost first and not overlapping (as indexOf after each match finds them),
 * section by section, ascending by id: section i's are starts[from[i]] up to starts[from[i + 1]].
 */
export interface WordMatches {
	ids: Float64Array;
	from: Int32Array;
	starts: Int32Array;
	sections: number;
}

let scratch = new Int32Array(1024);

/** What a store gives of the postings as they are now: a bigram's rows of every segment, in order, and their size. */
export interface PostingsReader {
	blobs(gram: number): readonly Uint8Array[];
	/** The bytes of those rows: what reading them costs. */
	size(gram: number): number;
}

/**
 * The bigrams of a word that are enough to place it, at least cost: every character must be in one
 * of them. The first and the last always; between them, of two bigrams side by side one at least.
 * 政府工作报告 is placed by 政府, 府工, 作报 and 报告, without the many places of 工作.
 */
function cover(costs: readonly number[]): number[] {
	const m = costs.length;
	// Per offset, the least cost up to it with it (taken) or without it (left), and where each came from.
	const taken = new Float64Array(m);
	const left = new Float64Array(m);
	const takenAfterLeft = new Uint8Array(m);
	taken[0] = costs[0];
	left[0] = Infinity;
	for (let j = 1; j < m; j++) {
		takenAfterLeft[j] = left[j - 1] < taken[j - 1] ? 1 : 0;
		taken[j] = costs[j] + Math.min(left[j - 1], taken[j - 1]);
		left[j] = taken[j - 1];
	}
	const out: number[] = [];
	let isTaken = true;
	for (let j = m - 1; j >= 0; j--) {
		if (isTaken) {
			out.push(j);
			isTaken = takenAfterLeft[j] === 0;
		} else isTaken = true;
	}
	return out.reverse();
}

/**
 * Every section holding the folded `word` (whose bigrams are `grams`, gramsOf), with its matches.
 * `live` says whether a section's report is still in the index (a file re-indexed or removed
 * leaves its rows behind).
 */
export function wordMatches(word: string, grams: readonly number[], reader: PostingsReader, live: (id: number) => boolean): WordMatches {
	const sizes = new Map<number, number>();
	for (const gram of grams) if (!sizes.has(gram)) sizes.set(gram, reader.size(gram));
	const offsets = cover(grams.map(g => sizes.get(g)!));
	const slots = new Map<number, Decoded>();
	for (const j of offsets) if (!slots.has(grams[j])) slots.set(grams[j], decodeInto(slots.size, reader.blobs(grams[j])));
	const lists = offsets.map(j => slots.get(grams[j])!);
	// The rarest bigram's places are the candidates; each other bigram must follow at its offset.
	let rarest = 0;
	for (let k = 1; k < lists.length; k++) if (lists[k].from[lists[k].sections] < lists[rarest].from[lists[rarest].sections]) rarest = k;
	const anchor = offsets[rarest];
	const base = lists[rarest];
	const total = base.from[base.sections];
	if (scratch.length < total) scratch = new Int32Array(total * 1.5);
	const ids = new Float64Array(base.sections);
	const from = new Int32Array(base.sections + 1);
	const starts = new Int32Array(total);
	const cursors = new Int32Array(lists.length);
	let sections = 0;
	let kept = 0;
	for (let s = 0; s < base.sections; s++) {
		const id = base.ids[s];
		if (!live(id)) continue;
		// This section's candidates, in scratch[0, count): places where the word would start.
		let count = 0;
		for (let k = base.from[s]; k < base.from[s + 1]; k++) if (base.places[k] >= anchor) scratch[count++] = base.places[k] - anchor;
		for (let x = 0; x < lists.length && count > 0; x++) {
			if (x === rarest) continue;
			const list = lists[x];
			const j = offsets[x];
			let c = cursors[x];
			while (c < list.sections && list.ids[c] < id) c++;
			cursors[x] = c;
			if (c >= list.sections || list.ids[c] !== id) {
				count = 0;
				break;
			}
			// Both ascending: keep the candidates p with p + j among this bigram's places.
			let k = list.from[c];
			const end = list.from[c + 1];
			let left = 0;
			for (let y = 0; y < count; y++) {
				const p = scratch[y];
				while (k < end && list.places[k] < p + j) k++;
				if (k < end && list.places[k] === p + j) scratch[left++] = p;
			}
			count = left;
		}
		if (count === 0) continue;
		ids[sections] = id;
		from[sections++] = kept;
		let free = 0;
		for (let x = 0; x < count; x++) {
			if (scratch[x] < free) continue;
			starts[kept++] = scratch[x];
			free = scratch[x] + word.length;
		}
	}
	from[sections] = kept;
	return {ids, from, starts, sections};
}
