// A small terminal for the frame writer's tests: text (wide characters take two cells), SGR
// colours and weights, CUP, EL, ECH, ED, scroll regions (DECSTBM), left and right margins
// (DECLRMM, DECSLRM) and SU/SD inside them — the sequences frame.ts writes, as xterm runs them.
// @xterm/headless has no left and right margins; this does, so both kinds of scroll are tested.
import {displayWidth} from '../../source/text/width.ts';

interface Style {
	fg: string;
	bg: string;
	flags: string;
}

export interface Cell {
	char: string;
	style: Style;
}

const PLAIN: Style = {fg: '', bg: '', flags: ''};
const ON: Record<number, string> = {1: 'b', 2: 'd', 3: 'i', 4: 'u', 7: 'v'};
const OFF: Record<number, string> = {23: 'i', 24: 'u', 27: 'v'};

export class Vt {
	cells: Cell[][];
	private x = 0;
	private y = 0;
	private style: Style = PLAIN;
	private top = 0;
	private bottom: number;
	private left = 0;
	private right: number;
	private lrmm = false;

	constructor(
		readonly cols: number,
		readonly rows: number,
	) {
		this.cells = Array.from({length: rows}, () => this.blankRow());
		this.bottom = rows - 1;
		this.right = cols - 1;
	}

	private blank(): Cell {
		return {char: ' ', style: {...PLAIN, bg: this.style.bg}};
	}

	private blankRow(): Cell[] {
		return Array.from({length: this.cols}, () => ({char: ' ', style: PLAIN}));
	}

	write(data: string): void {
		const csi = /^\x1b\[([?]?)([0-9;]*)([$]?)([A-Za-z])/;
		let i = 0;
		while (i < data.length) {
			const match = data[i] === '\x1b' ? csi.exec(data.slice(i, i + 40)) : null;
			if (match) {
				this.control(match[1], match[2] === '' ? [] : match[2].split(';').map(Number), match[4]);
				i += match[0].length;
				continue;
			}
			const ch = String.fromCodePoint(data.codePointAt(i)!);
			i += ch.length;
			if (ch === '\n') this.y = Math.min(this.rows - 1, this.y + 1);
			else if (ch === '\r') this.x = 0;
			else this.put(ch);
		}
	}

	private put(ch: string): void {
		const width = displayWidth(ch);
		if (width === 0 || this.x >= this.cols) return;
		this.cells[this.y][this.x] = {char: ch, style: this.style};
		if (width === 2 && this.x + 1 < this.cols) this.cells[this.y][this.x + 1] = {char: '', style: this.style};
		this.x += width;
	}

	private control(private_: string, params: number[], final: string): void {
		const n = (i: number, fallback = 1) => params[i] || fallback;
		if (private_ === '?') {
			if (params[0] === 69) this.lrmm = final === 'h';
			if (params[0] === 69 && !this.lrmm) [this.left, this.right] = [0, this.cols - 1];
			return;
		}
		switch (final) {
			case 'H':
				[this.y, this.x] = [n(0) - 1, n(1) - 1];
				return;
			case 'K':
				for (let x = this.x; x < this.cols; x++) this.cells[this.y][x] = this.blank();
				return;
			case 'X':
				for (let x = this.x; x < Math.min(this.cols, this.x + n(0)); x++) this.cells[this.y][x] = this.blank();
				return;
			case 'J':
				for (let x = this.x; x < this.cols; x++) this.cells[this.y][x] = this.blank();
				for (let y = this.y + 1; y < this.rows; y++) this.cells[y] = this.blankRow();
				return;
			case 'r':
				[this.top, this.bottom] = [n(0) - 1, (params[1] || this.rows) - 1];
				[this.x, this.y] = [0, 0];
				return;
			case 's':
				if (!this.lrmm) return; // save cursor: not used
				[this.left, this.right] = [n(0) - 1, (params[1] || this.cols) - 1];
				[this.x, this.y] = [0, 0];
				return;
			case 'S':
			case 'T':
				for (let k = 0; k < n(0); k++) this.scroll(final === 'S' ? 1 : -1);
				return;
			case 'm':
				this.sgr(params.length ? params : [0]);
				return;
		}
	}

	private scroll(direction: 1 | -1): void {
		const ys = Array.from({length: this.bottom - this.top + 1}, (_, i) => this.top + i);
		if (direction < 0) ys.reverse();
		for (const y of ys) {
			const from = y + direction;
			for (let x = this.left; x <= this.right; x++) this.cells[y][x] = from >= this.top && from <= this.bottom ? this.cells[from][x] : {char: ' ', style: PLAIN};
		}
	}

	private sgr(params: number[]): void {
		let {fg, bg, flags} = this.style;
		const set = (flag: string, on: boolean) => (flags = on ? (flags.includes(flag) ? flags : flags + flag) : flags.replace(flag, ''));
		for (const p of params) {
			if (p === 0) [fg, bg, flags] = ['', '', ''];
			else if ((p >= 30 && p <= 37) || (p >= 90 && p <= 97)) fg = String(p);
			else if (p === 39) fg = '';
			else if ((p >= 40 && p <= 47) || (p >= 100 && p <= 107)) bg = String(p);
			else if (p === 49) bg = '';
			else if (p === 22) {
				set('b', false);
				set('d', false);
			} else if (ON[p]) set(ON[p], true);
			else if (OFF[p]) set(OFF[p], false);
		}
		this.style = {fg, bg, flags: [...flags].sort().join('')};
	}

	/** Each row as text and styles, for comparing two screens. */
	dump(): string[] {
		return this.cells.map(row => row.map(c => `${c.char}${c.style.fg}/${c.style.bg}/${c.style.flags}`).join('|'));
	}

	text(): string[] {
		return this.cells.map(row =>
			row
				.map(c => c.char)
				.join('')
				.trimEnd(),
		);
	}
}
