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

/** The row showing `offset` of `block` (the block's last row when the offset is past its end). */
export function rowOf(rows: Row[], block: number, offset: number): number {
	let last = -1;
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i];
		if (r.block < block) continue;
		if (r.block > block) return last >= 0 ? last : i;
		last = i;
		if (offset < r.end || (r.start === r.end && offset === r.start)) return i;
	}
	return last >= 0 ? last : Math.max(0, rows.length - 1);
}
