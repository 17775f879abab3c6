// Which sections hold each pinyin-initials token (initials.ts): per segment (a batch of files, as
// for the bigrams' postings) a row per token with its sections, ascending, each by its place among
// the segment's sections (a byte or two, where its id's step from the one before took three); the
// segment keeps its sections' ids once. A pinyin query reads the rows of its few tokens and
// confirms the sections they list. Built here rather than by an FTS5
// table: the tokens are numbers already, and SQLite's tokenizer and segment merges took ~30 % of
// the indexer's writing (a section's tokens, as text, were four times its length).
import {TOKEN_COUNT} from './initials.ts';
import {Writer} from './varint.ts';

export interface TokenRow {
	token: number;
	/** Per section holding the token: the step from the one before in the segment's order of sections. */
	data: Uint8Array;
}

const writer = new Writer();
const counts = new Int32Array(TOKEN_COUNT + 1);
let order = new Int32Array(0);

/**
 * The rows of some sections (ascending ids) by token, ascending. Each row's data is a view of a
 * buffer the next row is written into: a store copies what it keeps.
 */
export function* initialsPostingsOf(sections: readonly {id: number; initials: Uint16Array}[]): Generator<TokenRow> {
	// A counting sort: each token's sections, in section order, in `order`.
	counts.fill(0);
	let total = 0;
	for (const s of sections) {
		for (const token of s.initials) counts[token + 1]++;
		total += s.initials.length;
	}
	for (let t = 1; t <= TOKEN_COUNT; t++) counts[t] += counts[t - 1];
	if (order.length < total) order = new Int32Array(total);
	const starts = counts.slice(0, TOKEN_COUNT);
	for (let index = 0; index < sections.length; index++) for (const token of sections[index].initials) order[starts[token]++] = index;
	for (let token = 0; token < TOKEN_COUNT; token++) {
		const [from, to] = [counts[token], counts[token + 1]];
		if (from === to) continue;
		let last = 0;
		for (let k = from; k < to; k++) {
			writer.varint(order[k] - last);
			last = order[k];
		}
		yield {token, data: writer.take()};
	}
}

/** A segment's sections (ascending ids), as the segment keeps them: each id's step from the one before. */
export function segmentSections(ids: readonly number[]): Uint8Array {
	let last = 0;
	for (const id of ids) {
		writer.varint(id - last);
		last = id;
	}
	return writer.take();
}

/** Sums of varint steps: the numbers a row or a segment's list holds. */
function steps(bytes: Uint8Array): number[] {
	const out: number[] = [];
	let at = 0;
	let value = 0;
	while (at < bytes.length) {
		let step = 0;
		for (let scale = 1; ; scale *= 0x80) {
			const byte = bytes[at++];
			step += (byte & 0x7f) * scale;
			if (byte < 0x80) break;
		}
		out.push((value += step));
	}
	return out;
}

/** The sections some rows list (`segment` gives a segment's list of sections), ascending, each once. */
export function sectionsIn(rows: readonly {seg: number; data: Uint8Array}[], segment: (seg: number) => Uint8Array): number[] {
	const ids: number[] = [];
	const lists = new Map<number, number[]>();
	for (const {seg, data} of rows) {
		let list = lists.get(seg);
		if (!list) lists.set(seg, (list = steps(segment(seg))));
		for (const place of steps(data)) ids.push(list[place]);
	}
	ids.sort((a, b) => a - b);
	return ids.filter((id, i) => i === 0 || id !== ids[i - 1]);
}
