// A document laid out for one width: the reader scrolls over these rows. Cached per block list
// and width, so moving or scrolling never re-wraps; only a resize does.
import {wrap} from '../../text/wrap.ts';
import type {Block, BlockKind} from './documents.ts';

export interface Row {
	block: number;
	start: number;
	end: number;
	text: string;
	width: number;
	kind: BlockKind;
	section: number | null;
}

const cache = new WeakMap<Block[], Map<number, Row[]>>();

export function layoutRows(blocks: Block[], width: number): Row[] {
	let byWidth = cache.get(blocks);
	if (!byWidth) cache.set(blocks, (byWidth = new Map()));
	let rows = byWidth.get(width);
	if (!rows) {
		rows = [];
		for (let b = 0; b < blocks.length; b++) {
			const block = blocks[b];
			for (const r of wrap(block.text, width)) rows.push({...r, block: b, kind: block.kind, section: block.section});
		}
		byWidth.set(width, rows);
	}
	return rows;
}

/** The row showing `offset` of `block`: rows are in text order, so a binary search finds it. */
export function rowOf(rows: Row[], block: number, offset: number): number {
	// The last row that starts at or before (block, offset).
	let lo = 0;
	let hi = rows.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const r = rows[mid];
		if (r.block < block || (r.block === block && r.start <= offset)) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	// Before the block's first row (or before everything): its first row.
	if (found < 0) return 0;
	if (rows[found].block < block) return Math.min(found + 1, rows.length - 1);
	return found;
}
