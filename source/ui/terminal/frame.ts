// Frames as rows of pieces, and the least a terminal must be sent to go from one to the next.
//
// Ink lays the browser out as text nodes side by side: a row of the screen is the list's line, the
// divider and the reader's line, each at its own column and already fitted to its width. Kept as
// such pieces (ink-output.ts), a frame can be written piece by piece: a key that moves the reader
// rewrites the reader's pieces and leaves the list's alone; a scroll moves the rows the terminal
// already shows (a scroll region, and left and right margins where the terminal has them) and
// writes only the row that comes into view. This module is pure: frame-writer.ts sends its text.

/** Part of a row: text (with its colours) that starts at column `x` and fills `width` columns. */
export interface Piece {
	x: number;
	width: number;
	text: string;
}

export type FrameRow = Piece[];

/** A row as one string: the pieces at their columns, spaces between, trailing spaces dropped. */
export function composeRow(row: FrameRow): string {
	let out = '';
	let at = 0;
	for (const piece of row) {
		if (piece.x > at) out += ' '.repeat(piece.x - at);
		out += piece.text;
		at = piece.x + piece.width;
	}
	return out.trimEnd();
}

/** Whether a row's pieces follow each other without overlapping, as composeRow needs. */
export function inOrder(row: FrameRow): boolean {
	for (let i = 1; i < row.length; i++) if (row[i].x < row[i - 1].x + row[i - 1].width) return false;
	return true;
}

const cup = (row: number, col: number) => `\x1b[${row + 1};${col + 1}H`;
/** Erase to the end of the line. */
const EL = '\x1b[K';
/** Erase `n` characters from the cursor on, without moving it. */
const ech = (n: number) => `\x1b[${n}X`;

/** A piece's text without the plain spaces that end it, and how many columns they took. */
function trimmed(text: string): {text: string; spaces: number} {
	const kept = text.trimEnd();
	return {text: kept, spaces: text.length - kept.length};
}

/** Write a piece at its place: its text, then the spaces it ends in erased rather than sent. */
function writePiece(y: number, piece: Piece, last: boolean): string {
	const {text, spaces} = trimmed(piece.text);
	// Trailing spaces are plain and one column each: erasing them leaves the same cells.
	const erase = spaces === 0 ? '' : last ? EL : ech(spaces);
	return cup(y, piece.x) + text + erase;
}

/** Whether two rows have their pieces at the same columns and widths. */
function sameShape(a: FrameRow, b: FrameRow): boolean {
	return a.length === b.length && a.every((p, i) => p.x === b[i].x && p.width === b[i].width);
}

/** What it takes to turn the screen's row `y` from `was` into `row`. */
function rowUpdate(y: number, was: FrameRow | undefined, row: FrameRow): string {
	if (was && sameShape(was, row)) {
		let out = '';
		row.forEach((piece, i) => {
			if (piece.text !== was[i].text) out += writePiece(y, piece, i === row.length - 1);
		});
		return out;
	}
	if (was && composeRow(was) === composeRow(row)) return '';
	return cup(y, 0) + composeRow(row) + EL;
}

/** The screen after a scroll: rows top..bottom moved up by `by` (down when negative) in columns x..x+width. */
function scrolled(screen: FrameRow[], top: number, bottom: number, by: number, columns: {x: number; width: number} | null): FrameRow[] {
	const out = screen.slice();
	const moved = (from: FrameRow | undefined): FrameRow | undefined => {
		if (!columns) return from;
		return from?.filter(p => p.x === columns.x && p.width === columns.width);
	};
	for (let y = top; y <= bottom; y++) {
		const from = y + by;
		const source = from >= top && from <= bottom ? moved(screen[from]) : undefined;
		// What scrolled in is blank: a piece of no text, which any text differs from.
		const blank: FrameRow = columns ? [{...columns, text: ''}] : [];
		const inColumns = source?.length ? source : blank;
		if (!columns) out[y] = source ?? [];
		else {
			const rest = (screen[y] ?? []).filter(p => p.x !== columns.x || p.width !== columns.width);
			out[y] = [...rest, ...inColumns].sort((a, b) => a.x - b.x);
		}
	}
	return out;
}

interface Scroll {
	top: number;
	bottom: number;
	/** Rows moved up (positive) or down (negative). */
	by: number;
	columns: {x: number; width: number};
}

/**
 * A scroll that explains the new frame: a column of pieces (the same column and width over a run
 * of rows, before and after) whose texts reappear a few rows up or down.
 */
function findScroll(screen: FrameRow[], next: FrameRow[]): Scroll | null {
	const pieceAt = (row: FrameRow | undefined, x: number, width: number) => row?.find(p => p.x === x && p.width === width);
	let best: (Scroll & {gain: number}) | null = null;
	const columns = new Map<string, {x: number; width: number}>();
	for (const row of next) for (const p of row) if (p.width > 1) columns.set(`${p.x}:${p.width}`, {x: p.x, width: p.width});
	for (const {x, width} of columns.values()) {
		for (let top = 0; top < next.length;) {
			if (!pieceAt(next[top], x, width) || !pieceAt(screen[top], x, width)) {
				top++;
				continue;
			}
			let bottom = top;
			while (bottom + 1 < next.length && pieceAt(next[bottom + 1], x, width) && pieceAt(screen[bottom + 1], x, width)) bottom++;
			const height = bottom - top + 1;
			if (height >= 3) {
				const same = (y: number, by: number) => pieceAt(next[y], x, width)!.text === pieceAt(screen[y + by], x, width)!.text;
				let still = 0;
				for (let y = top; y <= bottom; y++) if (same(y, 0)) still++;
				for (let by = -(height - 2); by <= height - 2; by++) {
					if (by === 0) continue;
					let matched = 0;
					for (let y = Math.max(top, top - by); y <= Math.min(bottom, bottom - by); y++) if (same(y, by)) matched++;
					const gain = matched - still;
					if (matched >= 2 && gain > 0 && (!best || gain > best.gain)) best = {top, bottom, by, columns: {x, width}, gain};
				}
			}
			top = bottom + 1;
		}
	}
	return best;
}

function scrollText(scroll: Scroll, margins: boolean, cols: number): string {
	const {top, bottom, by, columns} = scroll;
	const shift = by > 0 ? `\x1b[${by}S` : `\x1b[${-by}T`;
	const region = `\x1b[${top + 1};${bottom + 1}r`;
	if (!margins) return `${region}${shift}\x1b[r`;
	const right = Math.min(cols, columns.x + columns.width);
	// DECLRMM on, DECSLRM for the column, the scroll, then both margins back and DECLRMM off.
	return `\x1b[?69h${region}\x1b[${columns.x + 1};${right}s${shift}\x1b[s\x1b[r\x1b[?69l`;
}

export interface TerminalAbilities {
	cols: number;
	/** The terminal honours left and right margins (DECLRMM and DECSLRM). */
	margins: boolean;
}

/**
 * The text that turns a screen showing `screen` into `next` (rows from the top of the screen), and
 * the screen it leaves: row by row, only the pieces that changed, or after a scroll when that
 * costs less.
 */
export function update(screen: FrameRow[], next: FrameRow[], abilities: TerminalAbilities): string {
	const rows = (from: FrameRow[], prefix: string) => prefix + next.map((row, y) => rowUpdate(y, from[y], row)).join('') + eraseBelow(from.length, next.length);
	let best = rows(screen, '');
	const scroll = findScroll(screen, next);
	if (scroll) {
		const plans = [{margins: false, columns: null}];
		if (abilities.margins) plans.push({margins: true, columns: scroll.columns as never});
		for (const plan of plans) {
			const after = scrolled(screen, scroll.top, scroll.bottom, scroll.by, plan.columns);
			const text = rows(after, scrollText(scroll, plan.margins, abilities.cols));
			if (Buffer.byteLength(text) < Buffer.byteLength(best)) best = text;
		}
	}
	return best;
}

/** Rows the new frame no longer covers are erased. */
function eraseBelow(was: number, now: number): string {
	return was > now ? `${cup(now, 0)}\x1b[J` : '';
}

/** The whole frame, from the top of the screen. */
export function fullFrame(next: FrameRow[]): string {
	return `\x1b[H${next.map((row, y) => cup(y, 0) + composeRow(row) + EL).join('')}\x1b[J`;
}
