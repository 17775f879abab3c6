// The frame writer's text, run in a terminal: whatever frames follow each other, the screen it
// leaves is the one the whole frame written afresh would leave, cell for cell and colour for colour
// — in a terminal with left and right margins (test/ui/vt.ts) and in ones without (vt.ts with them
// off, and @xterm/headless, the emulator VS Code uses).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import xterm from '@xterm/headless';
import {composeRow, fullFrame, update, type FrameRow} from '../../source/ui/terminal/frame.ts';
import {displayWidth} from '../../source/text/width.ts';
import {Vt} from './vt.ts';

const COLS = 40;
const ROWS = 12;
const BODY = ROWS - 2;
const LIST = 12;
const READER = COLS - LIST - 1;

/** Text of exactly `width` columns from `words`, padded with spaces. */
function fit(text: string, width: number): string {
	let out = '';
	let used = 0;
	for (const ch of text) {
		const w = displayWidth(ch);
		if (used + w > width) break;
		out += ch;
		used += w;
	}
	return out + ' '.repeat(width - used);
}

const styled = (text: string, style: number) => (style === 1 ? `\x1b[1m\x1b[36m${text}\x1b[39m\x1b[22m` : style === 2 ? `\x1b[44m\x1b[37m${text}\x1b[39m\x1b[49m` : text);

interface Doc {
	list: string[];
	reader: string[];
}

interface View {
	listTop: number;
	readerTop: number;
	selected: number;
	status: string;
}

function frame(doc: Doc, view: View): FrameRow[] {
	const rows: FrameRow[] = [[{x: 0, width: COLS, text: styled(fit(' 市委召开全体会议 2020-12-12', COLS), 1)}]];
	for (let i = 0; i < BODY; i++) {
		const item = view.listTop + i;
		const line = doc.reader[view.readerTop + i] ?? '';
		rows.push([
			{x: 0, width: LIST, text: styled(fit(doc.list[item] ?? '', LIST), item === view.selected ? 2 : 0)},
			{x: LIST, width: 1, text: '│'},
			{x: LIST + 1, width: READER, text: styled(fit(line, READER), line.startsWith('§') ? 1 : 0)},
		]);
	}
	rows.push([{x: 0, width: COLS, text: styled(fit(view.status, COLS), 2)}]);
	return rows;
}

const word = fc.constantFrom('全会', '指出', '，', '。', 'ab', ' ', '强调', '§3', '12', '“重要窗口”', 'x');
const line = fc.array(word, {maxLength: 16}).map(words => words.join(''));
const doc = fc.record({list: fc.array(line, {minLength: 20, maxLength: 30}), reader: fc.array(line, {minLength: 20, maxLength: 40})});
const move = fc.record({listTop: fc.integer({min: -3, max: 3}), readerTop: fc.integer({min: -4, max: 4}), selected: fc.integer({min: -1, max: 1}), status: fc.boolean()});

function views(moves: {listTop: number; readerTop: number; selected: number; status: boolean}[]): View[] {
	let view: View = {listTop: 0, readerTop: 0, selected: 0, status: ' LIST │ section 1'};
	const out = [view];
	for (const [i, m] of moves.entries()) {
		view = {
			listTop: Math.max(0, view.listTop + m.listTop),
			readerTop: Math.max(0, view.readerTop + m.readerTop),
			selected: Math.max(0, view.selected + m.selected),
			status: m.status ? ` READER │ ${i}%` : view.status,
		};
		out.push(view);
	}
	return out;
}

/** The screen a frame written whole leaves. */
function reference(rows: FrameRow[]): string[] {
	const vt = new Vt(COLS, ROWS);
	vt.write(fullFrame(rows));
	return vt.dump();
}

test('every update leaves the screen the whole frame would, with margins and without', () => {
	fc.assert(
		fc.property(doc, fc.array(move, {minLength: 1, maxLength: 12}), (d, moves) => {
			const frames = views(moves).map(v => frame(d, v));
			for (const margins of [true, false]) {
				const vt = new Vt(COLS, ROWS);
				vt.write(fullFrame(frames[0]));
				for (let i = 1; i < frames.length; i++) {
					vt.write(update(frames[i - 1], frames[i], {cols: COLS, margins}));
					assert.deepEqual(vt.dump(), reference(frames[i]), `margins ${margins}, frame ${i}`);
				}
			}
		}),
		{numRuns: 300},
	);
});

test('xterm.js, without margins, shows every frame as written whole', async () => {
	const samples = fc.sample(fc.tuple(doc, fc.array(move, {minLength: 2, maxLength: 10})), {numRuns: 40, seed: 16});
	for (const [d, moves] of samples) {
		const frames = views(moves).map(v => frame(d, v));
		const term = new xterm.Terminal({cols: COLS, rows: ROWS, allowProposedApi: true});
		const write = (text: string) => new Promise<void>(resolve => term.write(text, resolve));
		await write(fullFrame(frames[0]));
		for (let i = 1; i < frames.length; i++) {
			await write(update(frames[i - 1], frames[i], {cols: COLS, margins: false}));
			const shown = Array.from({length: ROWS}, (_, y) => term.buffer.active.getLine(y)!.translateToString(true));
			assert.deepEqual(
				shown,
				frames[i].map(row => composeRow(row).replace(/\x1b\[[0-9;]*m/g, '')),
				`frame ${i}`,
			);
		}
		term.dispose();
	}
});

test('a reader scrolled by a row is one scroll and one row; the list beside it is left alone with margins', () => {
	const d: Doc = {list: Array.from({length: 30}, (_, i) => `${i} 全会指出全会指出`), reader: Array.from({length: 40}, (_, i) => `第${i}行全会强调全会强调全会强调全会强调`)};
	const before = frame(d, {listTop: 0, readerTop: 5, selected: 0, status: 's'});
	const after = frame(d, {listTop: 0, readerTop: 6, selected: 0, status: 's'});
	const withMargins = update(before, after, {cols: COLS, margins: true});
	assert.match(withMargins, /\x1b\[\?69h\x1b\[2;11r\x1b\[14;40s\x1b\[1S/);
	assert.ok(withMargins.includes('第15行'), 'the row scrolled in is written');
	assert.ok(!withMargins.includes('第14行'), 'a row already on screen was written again');
	assert.ok(!withMargins.includes('全会指出'), 'the list was written again');
	const without = update(before, after, {cols: COLS, margins: false});
	assert.ok(!without.includes('第14行'), 'a row already on screen was written again');
});
