// The Compare view's items laid out as screen lines for a width: side by side (old | new) when the
// terminal is wide, one above the other (old, then new) when it is narrow. Widths are display
// columns, so Chinese text lines up; rows are wrapped here, never by Ink.
import {wrap} from '../../text/wrap.ts';
import type {Difference, Run, Tone} from './items.ts';

/** From this width on, the two reports stand side by side. */
export const SIDE_BY_SIDE = 100;

export interface CompareCell {
	runs: Run[];
	width: number;
}

export interface CompareLine {
	/** The item the line belongs to (a heading's index too). */
	item: number;
	/** One cell across the width (a heading, or a row of the narrow layout) or two (old, new). */
	cells: CompareCell[];
	/** The mark shown in the gutter on the item's first line: ~ + - ↕. */
	mark: string;
	/** In the narrow layout, which report the row shows. */
	side?: 'old' | 'new';
	heading?: boolean;
}

export interface Layout {
	lines: CompareLine[];
	/** First line of each item. */
	starts: number[];
	/** CompareLine count of each item. */
	heights: number[];
	sideBySide: boolean;
	columns: [number, number];
}

/** Styled runs cut into rows of at most `width` columns. */
export function wrapRuns(runs: Run[], width: number): Run[][] {
	const text = runs.map(r => r.text).join('');
	if (text === '') return [[]];
	const bounds: {start: number; end: number; tone: Tone}[] = [];
	let at = 0;
	for (const r of runs) {
		bounds.push({start: at, end: at + r.text.length, tone: r.tone});
		at += r.text.length;
	}
	return wrap(text, width).map(row => {
		const out: Run[] = [];
		for (const b of bounds) {
			const start = Math.max(b.start, row.start);
			const end = Math.min(b.end, row.end);
			if (start < end) out.push({text: text.slice(start, end), tone: b.tone});
		}
		return out;
	});
}

/** Gutter (mark and a space) and the divider between the two columns. */
export const GUTTER = 3;
const DIVIDER = 3;

export function layout(items: Difference[], width: number): Layout {
	const sideBySide = width >= SIDE_BY_SIDE;
	const body = width - GUTTER;
	const left = sideBySide ? Math.floor((body - DIVIDER) / 2) : body - 2;
	const right = sideBySide ? body - DIVIDER - left : body - 2;
	const lines: CompareLine[] = [];
	const starts: number[] = [];
	const heights: number[] = [];
	items.forEach((item, index) => {
		starts.push(lines.length);
		if (item.heading !== undefined) {
			for (const row of wrapRuns([{text: item.heading, tone: 'plain'}], width)) lines.push({item: index, cells: [{runs: row, width}], mark: '', heading: true});
		} else if (sideBySide) {
			const olds = item.old ? wrapRuns(item.old, left) : [];
			const news = item.new ? wrapRuns(item.new, right) : [];
			const height = Math.max(olds.length, news.length, 1);
			for (let k = 0; k < height; k++) {
				lines.push({
					item: index,
					mark: k === 0 ? item.mark : '',
					cells: [
						{runs: olds[k] ?? [], width: left},
						{runs: news[k] ?? [], width: right},
					],
				});
			}
		} else {
			const sides: ['old' | 'new', Run[] | null][] = [
				['old', item.old],
				['new', item.new],
			];
			let first = true;
			for (const [side, runs] of sides) {
				if (!runs) continue;
				for (const row of wrapRuns(runs, left)) {
					lines.push({item: index, mark: first ? item.mark : '', side, cells: [{runs: row, width: left}]});
					first = false;
				}
			}
		}
		heights.push(lines.length - starts[index]);
	});
	return {lines, starts, heights, sideBySide, columns: [left, right]};
}
