// The browser's first screen is painted from the report's outline before Ink has loaded; Ink then
// takes the screen over, and the extractors' counts fill in the tab bar when they are done. What a
// user must never see: a cell that changes at the hand-over (but those counts), a key typed early
// that is lost, a resize in between that leaves debris.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, INK_FRAME, ROOT, type Cell, type Session} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

/** The tab bar's row, where the counts the extractors give replace the painted … */
const TAB_ROW = 2;

function differences(before: Cell[], now: Cell[]): string[] {
	const key = (c: Cell) => `${c.row},${c.col}`;
	const at = new Map(now.map(c => [key(c), c]));
	const out: string[] = [];
	for (const c of before) {
		if (c.row === TAB_ROW) continue;
		const d = at.get(key(c));
		// A cell never written and a space written in the default colours look the same.
		const blank = (x: Cell | undefined) => x && {...x, char: x.char === '' ? ' ' : x.char};
		if (JSON.stringify(blank(c)) !== JSON.stringify(blank(d))) out.push(`${key(c)}: ${JSON.stringify(c)} → ${JSON.stringify(d)}`);
	}
	const count = (cells: Cell[]) => cells.filter(c => c.row !== TAB_ROW).length;
	if (count(before) !== count(now)) out.push(`${count(before)} cells → ${count(now)}`);
	return out;
}

/** The tab bar as text, its counts taken out. */
const tabsWithoutCounts = (cells: Cell[]) =>
	cells
		.filter(c => c.row === TAB_ROW)
		.map(c => c.char)
		.join('')
		.replace(/[…\d]+/g, '#')
		.trimEnd();

for (const [cols, rows, env] of [
	[80, 24, {}],
	[120, 40, {}],
	[100, 30, {NO_COLOR: '1'}],
] as const) {
	test(`${cols}×${rows}${'NO_COLOR' in env ? ' without colour' : ''}: the painted first screen is the one Ink draws, cell for cell`, async () => {
		const s = start({cols, rows, env, captureBefore: INK_FRAME});
		sessions.push(s);
		await s.waitForBrowser();
		await s.idle(100);
		assert.ok(s.before, 'Ink drew without a painted screen before it');
		const painted = s.before
			.filter(c => c.char !== ' ')
			.map(c => c.char)
			.join('');
		assert.match(painted, /市委召开八届九次全体/, 'the title was not painted');
		assert.match(painted, /Sections12/, 'the sections were not counted from the outline');
		assert.match(painted, /LIST│section1\/12/, 'the status bar was not painted');
		await s.waitFor(/Measures 54/);
		assert.deepEqual(differences(s.before!, s.cells()), []);
		assert.equal(tabsWithoutCounts(s.before!), tabsWithoutCounts(s.cells()), 'the tab bar changed in more than its counts');
		s.assertClean();
	});
}

test('keys typed on the painted screen, before Ink runs, are answered once it does', async () => {
	const s = start({cols: 100, rows: 30, typeWhen: {text: 'LIST │ section 1/12', keys: 'jj'}});
	sessions.push(s);
	await s.waitFor('LIST │ section 3/12');
	assert.equal(s.typedBeforeInk, true, 'Ink was already running when the keys were typed: nothing was tested');
	await s.idle(80);
	s.assertClean();
});

test('a resize between the painted screen and Ink leaves no debris', async () => {
	const s = start({cols: 100, rows: 30});
	sessions.push(s);
	await s.waitFor('LIST │ section 1/12');
	s.resize(84, 26);
	await s.waitForBrowser();
	await s.idle(150);
	s.assertClean('after the resize:');
	const screen = s.screen();
	assert.equal(screen.filter(row => row.includes('LIST │')).length, 1, screen.join('\n'));
	assert.match(screen[0], /市委召开八届九次全体/);
	assert.match(screen[screen.length - 2], /LIST │/, 'the status bar is not on the row above the last');
});

test('keys are answered while the extractors still read a long report; the counts come after', async () => {
	const dir = tempDir('long');
	const lines = readFileSync(join(ROOT, 'data', 'shaoxing-2020-12-plenum.txt'), 'utf8').split('\n');
	const paragraphs = lines.filter(line => /[。！？]$/u.test(line.trim()) && line.length > 30);
	const body = Array.from({length: 1500}, (_, i) => paragraphs[i % paragraphs.length]);
	const file = join(dir, 'long.txt');
	writeFileSync(file, [...lines.slice(0, 9), ...body].join('\n\n'));
	const s = start({cols: 100, rows: 30, args: [file]});
	sessions.push(s);
	await s.waitFor('LIST │ section 1/');
	await s.waitFor(() => s.output.includes(INK_FRAME), 10_000);
	await s.press({text: 'j'});
	await s.waitFor('LIST │ section 2/');
	assert.match(s.screen()[2], /Measures …/, 'the extractors were done before the key was answered: nothing was tested');
	await s.waitForReport(60_000);
	assert.match(s.screen()[2], /Measures \d+/);
	assert.match(s.text(), /LIST │ section 2\//, 'the counts moved the reader');
	s.assertClean();
});

/** The painted screen's text, blanks left out: the status bar reads `LIST│section2/12`. */
const paintedText = (cells: Cell[]) =>
	cells
		.filter(c => c.char !== ' ')
		.map(c => c.char)
		.join('');

for (const [cols, rows, env, keys] of [
	[80, 24, {}, 'j'],
	[120, 40, {}, '\x1b[B'],
	[100, 30, {NO_COLOR: '1'}, 'jj'],
] as const) {
	test(`${cols}×${rows}${'NO_COLOR' in env ? ' without colour' : ''}: a move typed on the painted screen is answered before Ink runs, and Ink goes on from it, cell for cell`, async () => {
		const section = keys === 'jj' ? 3 : 2;
		// A machine busy with other work may run Ink before the painted screen reads the keys at all
		// (the keys are then Ink's): the race is run again, and the painted screen must win one of three.
		let s = start({cols, rows, env, captureBefore: INK_FRAME, typeWhen: {text: 'LIST │ section 1/12', keys}});
		for (let attempt = 1; ; attempt++) {
			sessions.push(s);
			await s.waitForBrowser();
			await s.idle(100);
			assert.equal(s.typedBeforeInk, true, 'Ink was already running when the key was typed: nothing was tested');
			assert.ok(s.before, 'Ink drew without a painted screen before it');
			if (attempt === 3 || new RegExp(`LIST│section${section}/12`).test(paintedText(s.before))) break;
			s = start({cols, rows, env, captureBefore: INK_FRAME, typeWhen: {text: 'LIST │ section 1/12', keys}});
		}
		assert.match(paintedText(s.before!), new RegExp(`LIST│section${section}/12`), 'the key was not answered on the painted screen');
		// The reader moved with the list: the section's own text (data/shaoxing-2020-12-plenum.txt) is shown.
		assert.match(paintedText(s.before!), section === 2 ? /全会以习近平/ : /全会指出,党的十九届/, 'the reader did not follow the list');
		await s.waitFor(/Measures 54/);
		assert.deepEqual(differences(s.before!, s.cells()), []);
		assert.equal(tabsWithoutCounts(s.before!), tabsWithoutCounts(s.cells()), 'the tab bar changed in more than its counts');
		s.assertClean();
	});
}

test('PgDn on the painted screen scrolls its reader; Ink shows the same page', async () => {
	const s = start({cols: 100, rows: 30, captureBefore: INK_FRAME, typeWhen: {text: 'LIST │ section 1/12', keys: '\x1b[6~'}});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(100);
	assert.equal(s.typedBeforeInk, true, 'Ink was already running when the key was typed: nothing was tested');
	assert.doesNotMatch(paintedText(s.before!), /LIST│section1\/12/, 'PgDn was not answered on the painted screen');
	await s.waitFor(/Measures 54/);
	assert.deepEqual(differences(s.before!, s.cells()), []);
	s.assertClean();
});

test('a key the painted screen does not answer waits for Ink, and the moves after it wait with it, in order', async () => {
	// Three events in one read: j moves the list on the painted screen; → (focus the reader) waits
	// for Ink, and so must the second j, which then scrolls the reader rather than moving the list.
	const s = start({cols: 100, rows: 30, typeWhen: {text: 'LIST │ section 1/12', keys: 'j\x1b[Cj'}});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(100);
	assert.equal(s.typedBeforeInk, true, 'Ink was already running when the keys were typed: nothing was tested');
	assert.match(s.text(), /READER │ section 2\/12/);
	s.assertClean();
});
