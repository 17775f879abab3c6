// A document laid out for one width, only where the reader looks: each block (a section's text, a
// title, a blank) is wrapped into rows when a row of it is first needed, and kept while it is
// near. Opening a report of tens of thousands of sections wraps the few on screen; scrolling
// wraps the next one as it comes into view; a resize wraps again only what is shown at the new
// width. Places in the document are (block, row within the block); the reader's anchor is a place
// in the text (block, character offset), so it survives a reflow.
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

/** A row of the laid-out document: the block and the row's index among that block's rows. */
export interface Place {
	block: number;
	row: number;
}

/** Rows kept wrapped per layout: far more than a screen, far less than a long report. */
const KEPT_ROWS = 20_000;

export class Layout {
	private readonly wrapped = new Map<number, Row[]>();
	private keptRows = 0;
	private weights: Float64Array | null = null;

	constructor(
		readonly blocks: Block[],
		readonly width: number,
	) {}

	/** The rows of one block (every block has at least one). */
	rowsOf(block: number): Row[] {
		let rows = this.wrapped.get(block);
		if (rows) {
			// Most recently used last: the oldest are let go first.
			this.wrapped.delete(block);
			this.wrapped.set(block, rows);
			return rows;
		}
		const b = this.blocks[block];
		rows = wrap(b.text, this.width).map(r => ({...r, block, kind: b.kind, section: b.section}));
		this.wrapped.set(block, rows);
		this.keptRows += rows.length;
		for (const [oldest, kept] of this.wrapped) {
			if (this.keptRows <= KEPT_ROWS || this.wrapped.size <= 1) break;
			this.wrapped.delete(oldest);
			this.keptRows -= kept.length;
		}
		return rows;
	}

	/** How many blocks are laid out now (for tests and the bench). */
	get laidOut(): number {
		return this.wrapped.size;
	}

	get empty(): boolean {
		return this.blocks.length === 0;
	}

	first(): Place {
		return {block: 0, row: 0};
	}

	last(): Place {
		if (this.empty) return this.first();
		const block = this.blocks.length - 1;
		return {block, row: this.rowsOf(block).length - 1};
	}

	rowAt(place: Place): Row | undefined {
		return this.empty ? undefined : this.rowsOf(place.block)[place.row];
	}

	/** The row showing `offset` of `block`: the last row that starts at or before it. */
	placeOf(block: number, offset: number): Place {
		if (this.empty || block < 0) return this.first();
		if (block >= this.blocks.length) return this.last();
		const rows = this.rowsOf(block);
		let lo = 0;
		let hi = rows.length - 1;
		let found = 0;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (rows[mid].start <= offset) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return {block, row: found};
	}

	/** The place in the text a row shows first: what an anchor holds. */
	anchorOf(place: Place): {block: number; offset: number} {
		return {block: place.block, offset: this.rowAt(place)?.start ?? 0};
	}

	/** `count` rows further down, or the last row. */
	forward(place: Place, count: number): Place {
		let {block, row} = place;
		let left = count;
		while (left > 0) {
			const rows = this.rowsOf(block).length;
			if (row + left < rows) return {block, row: row + left};
			if (block === this.blocks.length - 1) return {block, row: rows - 1};
			left -= rows - row;
			block++;
			row = 0;
		}
		return {block, row};
	}

	/** `count` rows further up, or the first row. */
	back(place: Place, count: number): Place {
		let {block, row} = place;
		let left = count;
		while (left > 0) {
			if (row - left >= 0) return {block, row: row - left};
			if (block === 0) return {block, row: 0};
			left -= row + 1;
			block--;
			row = this.rowsOf(block).length - 1;
		}
		return {block, row};
	}

	/** Rows from `a` down to `b` (0 when b is not below a), counting no further than `limit`. */
	distance(a: Place, b: Place, limit = Infinity): number {
		if (compare(b, a) <= 0) return 0;
		let count = 0;
		let {block, row} = a;
		while (block < b.block && count < limit) {
			count += this.rowsOf(block).length - row;
			block++;
			row = 0;
		}
		return Math.min(limit, block === b.block ? count + b.row - row : count);
	}

	/** The top row that shows the last row at the bottom of `height` rows: the furthest scroll. */
	maxTop(height: number): Place {
		return this.back(this.last(), Math.max(0, height - 1));
	}

	/** The top row for an anchor: its row, or as near it as the end of the text allows. */
	top(anchor: {block: number; offset: number}, height: number): Place {
		const place = this.placeOf(anchor.block, anchor.offset);
		const max = this.maxTop(height);
		return compare(place, max) > 0 ? max : place;
	}

	/** The rows from `top`, at most `height`. */
	window(top: Place, height: number): Row[] {
		const rows: Row[] = [];
		if (this.empty) return rows;
		let {block, row} = top;
		while (rows.length < height && block < this.blocks.length) {
			const blockRows = this.rowsOf(block);
			for (; row < blockRows.length && rows.length < height; row++) rows.push(blockRows[row]);
			block++;
			row = 0;
		}
		return rows;
	}

	/** Whether `place` is among the `height` rows from `top`. */
	shows(top: Place, height: number, place: Place): boolean {
		return compare(place, top) >= 0 && this.distance(top, place, height) < height;
	}

	/**
	 * How far down the text the bottom of the window is, in per cent: by the text above it (each
	 * block weighs its size), so it is known without laying out the rest. 100 at the last row.
	 */
	percent(top: Place, height: number): number {
		if (this.empty) return 100;
		const bottom = this.forward(top, Math.max(0, height - 1));
		if (compare(bottom, this.last()) >= 0) return 100;
		const weights = this.cumulativeWeights();
		const total = weights[this.blocks.length];
		if (total <= 0) return 100;
		const rows = this.rowsOf(bottom.block);
		const length = rows[rows.length - 1].end || 1;
		const done = weights[bottom.block] + (weights[bottom.block + 1] - weights[bottom.block]) * Math.min(1, rows[bottom.row].end / length);
		return Math.min(99, Math.round((100 * done) / total));
	}

	private cumulativeWeights(): Float64Array {
		if (!this.weights) {
			const weights = new Float64Array(this.blocks.length + 1);
			// A blank or a title weighs a row's worth; a text its length.
			this.blocks.forEach((b, i) => (weights[i + 1] = weights[i] + Math.max(b.size ?? b.text.length, 1)));
			this.weights = weights;
		}
		return this.weights;
	}
}

/** Which place comes first in the document: negative, zero or positive. */
export function compare(a: Place, b: Place): number {
	return a.block - b.block || a.row - b.row;
}

const layouts = new WeakMap<Block[], Map<number, Layout>>();

/** The layout of a document at a width: one per width, the last few widths kept. */
export function layoutFor(blocks: Block[], width: number): Layout {
	let byWidth = layouts.get(blocks);
	if (!byWidth) layouts.set(blocks, (byWidth = new Map()));
	let layout = byWidth.get(width);
	if (!layout) {
		byWidth.set(width, (layout = new Layout(blocks, Math.max(1, width))));
		for (const old of byWidth.keys()) if (byWidth.size > 3) byWidth.delete(old);
	}
	return layout;
}
