// Line breaking for Chinese report text by display width. A row may break between any two
// wide characters and at spaces; latin words and numbers stay whole when they fit; closing
// punctuation never starts a row and opening punctuation never ends one (kinsoku), so
// “，” and “。” stay with the word they close.
import {displayWidth} from './width.ts';
import {graphemeSegments} from './graphemes.ts';

export interface WrappedRow {
	/** Offsets into the wrapped text: the row shows text.slice(start, end). */
	start: number;
	end: number;
	text: string;
	width: number;
}

const CLOSING = new Set([...'，。、；：？！）」』”’》〉】〕｝］…—·,.;:?!)]}%％']);
const OPENING = new Set([...'（「『“‘《〈【〔｛［([{']);

interface Unit {
	start: number;
	end: number;
	width: number;
	space: boolean;
}

// Reports repeat a few thousand distinct characters: measuring each once keeps wrapping cheap.
const widths = new Map<string, number>();
const words = new Map<string, boolean>();

function widthOf(g: string): number {
	let w = widths.get(g);
	if (w === undefined) {
		if (widths.size > 100_000) widths.clear();
		widths.set(g, (w = displayWidth(g)));
	}
	return w;
}

function isWordChar(g: string): boolean {
	let word = words.get(g);
	if (word === undefined) {
		if (words.size > 100_000) words.clear();
		words.set(g, (word = /^[\p{L}\p{N}_'’-]$/u.test(g) && widthOf(g) === 1));
	}
	return word;
}

/**
 * Units that must not be split across rows: a wide character with the closing punctuation after
 * it and the opening punctuation before it, a latin word or number, or a run of spaces.
 */
function units(line: string, base: number): Unit[] {
	const out: (Unit & {word: boolean})[] = [];
	let open: Unit | null = null;
	for (const s of graphemeSegments(line)) {
		const g = s.segment;
		const start = base + s.index;
		const end = start + g.length;
		const width = widthOf(g);
		const last = out.at(-1);
		if (CLOSING.has(g) && !open && last && !last.space) {
			last.end = end;
			last.width += width;
			last.word = false;
		} else if (OPENING.has(g)) {
			if (open) {
				open.end = end;
				open.width += width;
			} else open = {start, end, width, space: false};
		} else if (g === ' ') {
			if (open) out.push({...open, word: false});
			open = null;
			if (last?.space && last.end === start) {
				last.end = end;
				last.width += width;
			} else out.push({start, end, width, space: true, word: false});
		} else {
			const word = isWordChar(g);
			if (word && !open && last?.word && last.end === start) {
				last.end = end;
				last.width += width;
			} else {
				out.push({start: open ? open.start : start, end, width: width + (open ? open.width : 0), space: false, word});
				open = null;
			}
		}
	}
	if (open) out.push({...open, word: false});
	return out;
}

/** Split a unit wider than a row at grapheme boundaries, still keeping punctuation in place. */
function splitWide(text: string, unit: Unit, width: number): Unit[] {
	const parts = Array.from(graphemeSegments(text.slice(unit.start, unit.end)), s => ({g: s.segment, start: unit.start + s.index, width: widthOf(s.segment)}));
	const pieces: Unit[] = [];
	let from = 0;
	while (from < parts.length) {
		let to = from;
		let used = 0;
		while (to < parts.length && (used + parts[to].width <= width || to === from)) used += parts[to++].width;
		// Back off so the next piece does not open with closing punctuation and this one does not
		// end with opening punctuation — unless that would leave this piece empty.
		while (to < parts.length && to - from > 1 && (CLOSING.has(parts[to].g) || OPENING.has(parts[to - 1].g))) used -= parts[--to].width;
		const end = to < parts.length ? parts[to].start : unit.end;
		pieces.push({start: parts[from].start, end, width: used, space: false});
		from = to;
	}
	return pieces;
}

function wrapLine(text: string, lineStart: number, lineEnd: number, width: number, rows: WrappedRow[]): void {
	const row = (start: number, end: number, w: number) => rows.push({start, end, text: text.slice(start, end), width: w});
	if (lineEnd === lineStart) {
		row(lineStart, lineStart, 0);
		return;
	}
	let start = -1;
	let end = lineStart;
	let used = 0;
	const flush = () => {
		if (start >= 0) row(start, end, used);
		start = -1;
		used = 0;
	};
	// Trailing spaces do not count against the row that ends there; each is one column.
	const trimEnd = () => {
		while (end > start && text.charCodeAt(end - 1) === 0x20) {
			end--;
			used--;
		}
	};
	for (const unit of units(text.slice(lineStart, lineEnd), lineStart)) {
		if (unit.space) {
			// Spaces that would start or overflow a row are dropped at the break.
			if (start >= 0 && used + unit.width <= width) {
				end = unit.end;
				used += unit.width;
			} else if (start < 0 && rows.length > 0 && rows.at(-1)!.end === unit.start) {
				continue;
			} else if (start < 0) {
				start = unit.start;
				end = unit.end;
				used = Math.min(unit.width, width);
				if (unit.width > width) {
					end = unit.start + width;
					flush();
				}
			} else flush();
			continue;
		}
		const pieces = unit.width > width ? splitWide(text, unit, width) : [unit];
		for (const piece of pieces) {
			if (start >= 0 && used + piece.width > width) {
				trimEnd();
				flush();
			}
			if (start < 0) start = piece.start;
			end = piece.end;
			used += piece.width;
		}
	}
	if (start >= 0) trimEnd();
	flush();
}

/** Wrap `text` (LF-separated, already sanitized) into rows no wider than `width` columns. */
export function wrap(text: string, width: number): WrappedRow[] {
	const w = Math.max(1, Math.floor(width));
	const rows: WrappedRow[] = [];
	let lineStart = 0;
	for (;;) {
		const newline = text.indexOf('\n', lineStart);
		const lineEnd = newline < 0 ? text.length : newline;
		wrapLine(text, lineStart, lineEnd, w, rows);
		if (newline < 0) break;
		lineStart = newline + 1;
	}
	return rows;
}
