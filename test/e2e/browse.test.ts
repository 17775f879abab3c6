// The browser in a real pseudo-terminal, read back through a terminal emulator: what a user sees.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, isCooked, ROOT, type Session, type StartOptions} from './harness.ts';
import {readerRows, readerText, listRows, statusRow} from './panes.ts';
import {parseReport} from '../../source/parse/index.ts';

const report = parseReport(readFileSync(join(ROOT, 'data', 'shaoxing-2020-12-plenum.txt'), 'utf8'));
const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

async function open(cols: number, rows: number, options: StartOptions = {}): Promise<Session> {
	const s = start({cols, rows, ...options});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	s.assertClean(`${cols}×${rows} on opening:`);
	return s;
}

/** Press keys, let the frame settle, and check the layout. */
async function step(s: Session, ...keys: Parameters<Session['press']>): Promise<void> {
	await s.pressAndSettle(keys);
	s.assertClean(`after ${JSON.stringify(keys)}:`);
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** Visit the last item of the tab and read it, checking the layout, then come back to the top. */
async function walkItems(s: Session): Promise<void> {
	await step(s, 'end');
	await step(s, 'enter');
	await step(s, 'space');
	await step(s, 'escape');
	await step(s, 'home');
}

/** Wait until `check` holds: the program may still be drawing the last keys on a busy machine. */
async function eventually(s: Session, check: () => boolean, what: string, timeout = 5000): Promise<void> {
	try {
		await s.waitFor(() => check(), timeout);
	} catch {
		assert.fail(`${what}; screen:\n${s.text()}`);
	}
}

const statusShows = (s: Session, pattern: RegExp) => eventually(s, () => pattern.test(statusRow(s)), `status bar never matched ${pattern}`);

async function expectRestored(s: Session, code: number) {
	const {exitCode, stty} = await s.afterExit();
	assert.equal(exitCode, code);
	assert.equal(s.altScreen, false, 'left the alternate screen');
	assert.equal(s.cursorShown, true, 'cursor shown again');
	assert.ok(isCooked(stty), `terminal left in raw mode:\n${stty}`);
}

// The three sizes users start at, and two odd widths where a wide character could straddle an edge.
for (const [cols, rows] of [
	[80, 24],
	[120, 40],
	[60, 16],
	[61, 17],
	[101, 31],
] as const) {
	test(`${cols}×${rows}: header, tabs with counts, and every tab's list`, async () => {
		const s = await open(cols, rows);
		const screen = s.screen();
		assert.match(screen[0], /市委召开八届九次全体\(扩大\)会议/);
		assert.match(screen[0], /2020-12-12/);
		assert.match(screen[1], /绍兴网-绍兴日报/);
		const tabs = screen[2];
		assert.match(tabs, new RegExp(`1 Sect(ions)? ${report.sections.length}`));
		assert.match(tabs, new RegExp(`4 Term(s)? ${report.terms.length}`));
		assert.match(listRows(s)[0], /^> ?1 /);
		await statusShows(s, new RegExp(`LIST │ section 1/${report.sections.length}`));

		await step(s, {text: '2'});
		if (report.measures.length > 0) await eventually(s, () => listRows(s).some(r => r.includes(`1. ${report.measures[0].text.slice(0, 3)}`)), 'the first measure is not listed');
		else await eventually(s, () => s.text().includes('No enumerated measures found'), 'no note about missing measures');

		await walkItems(s);

		await step(s, {text: '3'});
		if (report.people.length + report.bodies.length === 0) await eventually(s, () => s.text().includes('No attendees found'), 'no note about missing attendees');
		else await eventually(s, () => /Present|Bodies/.test(listRows(s).join('\n')), 'no attendee groups');

		await walkItems(s);

		await step(s, {text: '4'});
		await eventually(s, () => listRows(s)[0].includes(`“${report.terms[0].text}”`) && compact(readerText(s)).includes(report.terms[0].text), 'the first term is not listed and shown');
		await walkItems(s);

		await step(s, 'tab');
		await eventually(s, () => listRows(s)[0].startsWith('>') && /LIST │ section 1\//.test(statusRow(s)), 'Tab did not cycle back to the sections');
		await step(s, 'shiftTab');
		await eventually(s, () => listRows(s)[0].includes(`“${report.terms[0].text}”`), 'Shift-Tab did not go back to the terms');
		await s.press({text: 'q'});
		await s.exited;
	});
}

test('60×16: the longest section scrolls to its last words, a page at a time', async () => {
	const longest = [...report.sections].sort((a, b) => b.text.length - a.text.length)[0];
	const s = await open(60, 16);
	await step(s, ...Array.from({length: longest.id - 1}, () => 'down' as const));
	await step(s, 'enter');
	await statusShows(s, new RegExp(`READER │ section ${longest.id}/`));
	await eventually(s, () => compact(readerText(s)).startsWith(`§${longest.id}`), 'the section is not at the top of the reader');
	const ending = compact(longest.text).slice(-10);
	let pages = 0;
	while (!compact(readerText(s)).includes(ending)) {
		assert.ok(++pages < 12, `never reached the end of §${longest.id}:\n${s.text()}`);
		await step(s, pages % 2 ? 'space' : 'pageDown');
		await s.idle(100);
	}
	assert.ok(pages >= 1, 'the section should need scrolling at 60×16');
	// Paging back returns to where the section starts.
	for (let i = 0; i < pages; i++) await step(s, i % 2 ? {text: 'b'} : 'pageUp');
	await eventually(s, () => compact(readerText(s)).startsWith(`§${longest.id}`), 'paging back did not return to the start of the section');
	await s.press({text: 'q'});
	await s.exited;
});

test('80×24: a measure opens its section with the item in view', {skip: report.measures.length === 0 ? 'the parser found no measures in the bundled report' : false}, async () => {
	const s = await open(80, 24);
	await step(s, {text: '2'});
	await step(s, 'end');
	const measure = report.measures.at(-1)!;
	await step(s, 'enter');
	await statusShows(s, new RegExp(`READER │ section ${measure.section}/.*hit 1/1`));
	await eventually(s, () => compact(readerText(s)).includes(compact(measure.text).slice(0, 12)), `the reader does not show “${measure.text}”`);
	// Back in the list, the first measure jumps to its own section.
	await step(s, 'escape');
	await step(s, 'home', 'enter');
	const first = report.measures[0];
	await statusShows(s, new RegExp(`section ${first.section}/`));
	await eventually(s, () => compact(readerText(s)).includes(compact(first.text).slice(0, 8)), `the reader does not show “${first.text}”`);
	await s.press({text: 'q'});
	await s.exited;
});

test('a term jumps from occurrence to occurrence', async () => {
	const term = report.terms.find(t => t.sections.length >= 2)!;
	const s = await open(80, 24);
	await step(s, {text: '4'});
	if (report.terms.indexOf(term) > 0) await step(s, ...Array.from({length: report.terms.indexOf(term)}, () => 'down' as const));
	await step(s, 'enter');
	await statusShows(s, new RegExp(`section ${term.sections[0]}/\\d+ .*hit 1/`));
	await step(s, 'enter');
	await statusShows(s, /hit 2\//);
	await s.press({text: 'q'});
	await s.exited;
});

test('resizing from 120 to 60 columns keeps the same text on screen', async () => {
	const s = await open(120, 40);
	// A section far enough from the end that the reader scrolls it to the top at either width.
	await step(s, 'down', 'down');
	await step(s, 'enter', 'down', 'down');
	await statusShows(s, /READER │ section 3\//);
	await s.idle(150);
	const top = readerRows(s)[0];
	assert.ok(top.length >= 6, `expected text at the top of the reader:\n${s.text()}`);
	s.resize(60, 40);
	await s.waitFor(screen => screen.split('\n').every(row => row.length <= 60) && /READER │/.test(screen));
	await s.idle(60);
	s.assertClean('after resizing to 60 columns:');
	await eventually(s, () => compact(readerRows(s).slice(0, 2).join('')).includes(compact(top).slice(0, 6)), `lost the reading position “${top}”`);
	s.resize(120, 40);
	await s.waitFor(screen => statusRow(s).length > 60 && screen.includes('READER'));
	await eventually(s, () => readerRows(s)[0] === top, `resizing back did not return to “${top}”`);
	s.assertClean('after resizing back to 120 columns:');
	await s.press({text: 'q'});
	await s.exited;
});

test('below 60×16 a notice replaces the panes until the terminal grows', async () => {
	const s = start({cols: 50, rows: 14});
	sessions.push(s);
	await s.waitFor('terminal too small (needs 60×16)');
	s.assertClean();
	s.resize(60, 16);
	await s.waitFor('LIST │');
	await s.idle(40);
	s.assertClean('after growing to 60×16:');
	s.resize(59, 16);
	await s.waitFor('terminal too small');
	await s.press({text: 'q'});
	await s.exited;
});

test('q quits and restores the terminal', async () => {
	const s = await open(80, 24, {reportAfterExit: true});
	assert.equal(s.altScreen, true, 'the browser runs on the alternate screen');
	await s.press('right', 'space');
	await s.press({text: 'q'});
	await expectRestored(s, 0);
});

test('Ctrl-C quits from the reader and from the help with exit 130, as an interrupted program, and restores the terminal', async () => {
	for (const before of [['right'], [{text: '?'}]] as const) {
		const s = await open(80, 24, {reportAfterExit: true});
		await step(s, ...before);
		await statusShows(s, /READER │|HELP │/);
		await s.press('ctrlC');
		await expectRestored(s, 130);
	}
});

test('SIGTERM and SIGHUP restore the terminal and exit with the signal code', async () => {
	for (const [signal, code] of [
		['SIGTERM', 143],
		['SIGHUP', 129],
	] as const) {
		const s = await open(80, 24);
		s.kill(signal);
		const {exitCode} = await s.exited;
		await s.settle();
		assert.equal(exitCode, code, signal);
		assert.equal(s.altScreen, false, `${signal}: left the alternate screen`);
		assert.equal(s.cursorShown, true, `${signal}: cursor shown`);
	}
});

test('an uncaught error restores the terminal and exits with one line', async () => {
	const s = start({cols: 80, rows: 24, nodeOptions: ['--import', 'tsx'], script: [join(ROOT, 'test/e2e/fixtures/crash-after-start.tsx'), '1500'], reportAfterExit: true});
	sessions.push(s);
	await s.waitForBrowser(15000);
	const {exitCode, stty} = await s.afterExit(15000);
	assert.equal(exitCode, 70);
	assert.equal(s.altScreen, false);
	assert.equal(s.cursorShown, true);
	assert.ok(isCooked(stty), stty);
	assert.match(s.text(), /plenum: unexpected error: boom from a timer/);
});

test('an error while drawing restores the terminal and exits with one line', async () => {
	const s = start({cols: 80, rows: 24, nodeOptions: ['--import', 'tsx'], script: [join(ROOT, 'test/e2e/fixtures/crash-while-drawing.tsx')], reportAfterExit: true});
	sessions.push(s);
	const {exitCode, stty} = await s.afterExit(15000);
	assert.ok(s.output.includes('\x1b[?1049h'), 'the browser had started');
	assert.equal(exitCode, 70);
	assert.equal(s.altScreen, false);
	assert.equal(s.cursorShown, true);
	assert.ok(isCooked(stty), stty);
	assert.match(s.text(), /^plenum: unexpected error: .*null/m);
	assert.doesNotMatch(s.text(), /at .*\.tsx?:\d+/, 'no stack trace');
});

test('NO_COLOR: no colour anywhere, and the selection still shows in inverse', async () => {
	const s = await open(80, 24, {env: {NO_COLOR: '1'}});
	const uncoloured = () => s.cells().every(c => c.fg === 'default' && c.bg === 'default');
	assert.ok(uncoloured(), 'a coloured cell under NO_COLOR');
	const selected = s.cells().filter(c => c.row === 3 && c.col > 1 && c.col < 10);
	assert.ok(
		selected.every(c => c.inverse),
		'the selected list row is not inverse',
	);
	const divider = (row: number) => s.cells().find(c => c.row === row && c.char === '│');
	assert.equal(divider(5)?.bold, false);
	// Every check waits for the frame that answers the key: a busy machine draws it late.
	await step(s, 'right');
	await eventually(s, () => divider(5)?.bold === true && /READER │/.test(statusRow(s)), 'the rule does not turn bold when the reader has the keys');
	await eventually(s, () => s.cells().some(c => c.row === 3 && c.bold && c.underline === false && c.char === '>'), 'the selection marker does not stay when the reader has the keys');
	// Occurrences stay marked too: the current one in inverse, the others underlined.
	const term = report.terms.find(t => t.count >= 2)!;
	await step(s, {text: '4'}, ...Array.from({length: report.terms.indexOf(term)}, () => 'down' as const));
	await eventually(s, () => listRows(s).some(r => r.startsWith('>') && r.includes(term.text)), `the term ${term.text} is not selected`);
	await step(s, 'enter');
	await statusShows(s, /hit 1\//);
	const current = () => {
		const listWidth = s.screen()[3].indexOf('│');
		return s
			.cells()
			.filter(c => c.row >= 3 && c.row < s.rows - 2 && c.col > listWidth + 1 && c.inverse)
			.map(c => c.char)
			.join('');
	};
	await eventually(s, () => current().includes(term.text.slice(0, 2)), `current occurrence not inverse: “${current()}”`);
	assert.ok(uncoloured(), 'a coloured cell in the reader under NO_COLOR');
	await s.press({text: 'q'});
	await s.exited;
});

test('resizing through any sequence of sizes keeps the reading position: the same text on top, the same section named', async () => {
	const s = await open(80, 24);
	await step(s, 'down', 'down', 'down');
	await step(s, 'enter', {text: 'j'}, {text: 'j'});
	await statusShows(s, /READER │ section 4\/12/);
	await s.idle(100);
	const top = readerRows(s)[0];
	assert.ok(top.length >= 6, `expected text at the top of the reader:\n${s.text()}`);
	for (const [cols, rows] of [
		[200, 60],
		[80, 24],
		[60, 16],
		[50, 14],
		[160, 50],
		[61, 17],
		[80, 24],
	] as const) {
		s.resize(cols, rows);
		const small = cols < 60 || rows < 16;
		await eventually(s, () => (small ? s.text().includes('terminal too small') : statusRow(s).length > 40 && s.screen()[0].length <= cols && /READER │/.test(statusRow(s))), `no frame at ${cols}×${rows}`);
		if (small) continue;
		await s.idle(60);
		s.assertClean(`after resizing to ${cols}×${rows}:`);
		await statusShows(s, /READER │ section 4\/12/);
		if (cols === 80) await eventually(s, () => readerRows(s)[0] === top, `back at 80×24 the reader does not show “${top}” on top`);
		else await eventually(s, () => compact(readerText(s)).includes(compact(top)), `at ${cols}×${rows} “${top}” is not on screen`);
	}
	await s.press({text: 'q'});
	await s.exited;
});
