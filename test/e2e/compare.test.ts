// The Compare view in a real terminal: `plenum OLD NEW --compare`, side by side when wide and one
// above the other when narrow; Enter opens a difference in a report and Esc comes back; the
// picker's mark-and-compare; the browser's c for the previous report of the series, opened on its
// own or from the library.
// Reports: test/compare/pairs (provenance in each labels.json).
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {start, type Session} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const PAIRS = join(import.meta.dirname, '..', 'compare', 'pairs');
const CCDI_2023 = join(PAIRS, '01-ccdi20-2nd-3rd', 'old.txt');
const CCDI_2024 = join(PAIRS, '01-ccdi20-2nd-3rd', 'new.html');
const CC_2024 = join(PAIRS, '06-cc20-3rd-4th', 'old.txt');

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

function folder(): string {
	const dir = tempDir('compare');
	copyFileSync(CCDI_2023, join(dir, 'ccdi-2023.txt'));
	copyFileSync(CCDI_2024, join(dir, 'ccdi-2024.html'));
	copyFileSync(CC_2024, join(dir, 'cc-2024.txt'));
	return dir;
}

test('side by side on a wide terminal: tabs of differences, Enter opens the place, Esc comes back, q quits cleanly', async () => {
	const s = start({cols: 120, rows: 30, args: [CCDI_2023, CCDI_2024, '--compare']});
	sessions.push(s);
	await s.waitFor('COMPARE │');
	const screen = s.screen();
	assert.match(screen[0], /old {2}中国共产党第二十届中央纪律检查委员会第二次全体会议公报 {2}2023-01-10/);
	assert.match(screen[1], /new {2}中国共产党第二十届中央纪律检查委员会第三次全体会议公报 {2}2024-01-10/);
	assert.match(screen[2], /1 Terms \d+ +2 Measures \d+ +3 Attendees 2 +4 Text \d+/);
	assert.match(s.text(), /^Formulations changed \(\d+\)/m);
	// Old on the left, new on the right, the columns divided at the same place on every row.
	const row = screen.find(line => line.includes('遵规守纪的模范'))!;
	assert.match(row, /遵规守纪的模范 +│ 遵规守纪的标杆/);
	s.assertClean('terms tab:');

	await s.pressAndSettle([{text: '3'}]);
	assert.match(s.text(), /中央纪委委员 127 +attended +│ 中央纪委委员 132 +attended/);
	await s.pressAndSettle([{text: '4'}]);
	assert.match(s.text(), /~ §1 出席这次全会的有中央纪委委员127人，列席207人。 +│ §1 出席这次全会的有中央纪委委员132人，列席238人。/);
	s.assertClean('text tab:');

	// The first difference of the Text tab is in §1; Enter opens the new report there.
	await s.pressAndSettle(['enter']);
	await s.waitFor(/READ|LIST/);
	assert.match(s.screen()[0], /中国共产党第二十届中央纪律检查委员会第三次全体会议公报/);
	// Esc to the list, Esc back to the comparison (one at a time: two at once read as Alt-Esc).
	await s.pressAndSettle(['escape']);
	await s.pressAndSettle(['escape']);
	await s.waitFor('COMPARE │');
	assert.match(s.text(), /4 Text \d+/);
	await s.press({text: 'q'});
	const {exitCode} = await s.exited;
	assert.equal(exitCode, 0);
	assert.equal(s.altScreen, false);
	assert.ok(s.cursorShown);
});

test('FORCE_COLOR=0: no colour, and what was added still stands out (underlined), the tab in inverse; Ctrl-C exits 130', async () => {
	const s = start({cols: 120, rows: 30, args: [CCDI_2023, CCDI_2024, '--compare'], env: {FORCE_COLOR: '0', NO_COLOR: undefined}, reportAfterExit: true});
	sessions.push(s);
	await s.waitFor('COMPARE │');
	await s.pressAndSettle([{text: '4'}]);
	const cells = s.cells();
	assert.ok(
		cells.every(c => c.fg === 'default' && c.bg === 'default'),
		'a coloured cell under FORCE_COLOR=0',
	);
	assert.ok(
		cells.some(c => c.row === 2 && c.inverse && c.char === 'T'),
		'the current tab is not marked',
	);
	// §1 on the new side: 132 and 238 were added to the sentence.
	const row = s.screen().findIndex(line => line.includes('中央纪委委员132人'));
	const added = cells.filter(c => c.row === row && c.underline).map(c => c.char);
	assert.ok(added.join('').includes('132'), `nothing added is underlined: ${added.join('')}`);
	await s.press('ctrlC');
	const {exitCode} = await s.afterExit();
	assert.equal(exitCode, 130);
	assert.equal(s.altScreen, false);
});

test('one above the other on a narrow terminal, with Chinese text cut at the right width', async () => {
	const s = start({cols: 70, rows: 24, args: [CCDI_2023, CCDI_2024, '--compare']});
	sessions.push(s);
	await s.waitFor('COMPARE │');
	await s.pressAndSettle([{text: '4'}]);
	const text = s.text();
	assert.match(text, /~ - §1 出席这次全会的有中央纪委委员127人，列席207人。/);
	assert.match(text, /^ {3}\+ §1 出席这次全会的有中央纪委委员132人，列席238人。/m);
	s.assertClean('narrow text tab:');
	s.resize(120, 30);
	await s.waitFor(text => / │ §1 出席这次全会的有中央纪委委员132人/.test(text));
	s.assertClean('after resize:');
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});

test('the picker: Space marks a report, c compares it with the one under the cursor, Esc comes back', async () => {
	// Several files open the picker (one folder opens the library).
	const dir = folder();
	const s = start({cols: 120, rows: 30, args: readdirSync(dir).map(name => join(dir, name))});
	sessions.push(s);
	await s.waitFor('reports, newest first');
	// Newest first: the 2024 CC plenum (July), the 2024 CCDI plenum (January), the 2023 CCDI plenum.
	for (const key of ['down', 'space', 'down', {text: 'c'}] as const) await s.pressAndSettle([key]);
	await s.waitFor('COMPARE │');
	// The earlier report is the old side whichever was marked.
	assert.match(s.screen()[0], /old {2}中国共产党第二十届中央纪律检查委员会第二次全体会议公报/);
	assert.match(s.screen()[1], /new {2}中国共产党第二十届中央纪律检查委员会第三次全体会议公报/);
	await s.pressAndSettle(['escape']);
	await s.waitFor('reports, newest first');
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});

test('the browser: c compares the report with the previous one of its series in its folder', async () => {
	const dir = folder();
	const s = start({cols: 120, rows: 30, args: [join(dir, 'ccdi-2024.html')]});
	sessions.push(s);
	await s.waitFor('LIST │');
	await s.pressAndSettle([{text: 'c'}]);
	await s.waitFor('COMPARE │');
	assert.match(s.screen()[0], /old {2}.*第二次全体会议公报 {2}2023-01-10/);
	await s.pressAndSettle(['escape']);
	await s.waitFor('LIST │');
	// The earliest report of the folder has none before it: the browser says so and stays.
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
	const first = start({cols: 120, rows: 30, args: [join(dir, 'ccdi-2023.txt')]});
	sessions.push(first);
	await first.waitFor('LIST │');
	await first.pressAndSettle([{text: 'c'}]);
	await first.waitFor('No previous report: no earlier report of the same series');
	await first.press({text: 'q'});
	assert.equal((await first.exited).exitCode, 0);
});

test('the library: c in a report opened from it compares it with the previous one of its series, Esc comes back', async () => {
	const s = start({cols: 120, rows: 30, args: [folder()], env: {XDG_CACHE_HOME: tempDir('compare-cache')}});
	sessions.push(s);
	await s.waitFor('3 reports in', 20000);
	// The filter leaves the 2024 CCDI plenum, the 3rd; Enter keeps the filter, Enter opens it.
	await s.pressAndSettle([{text: '/'}]);
	await s.type('纪律检查委员会第三次');
	await s.pressAndSettle(['enter']);
	await s.pressAndSettle(['enter']);
	await s.waitFor('LIST │', 20000);
	await s.pressAndSettle([{text: 'c'}]);
	await s.waitFor('COMPARE │');
	assert.match(s.screen()[0], /old {2}.*第二次全体会议公报 {2}2023-01-10/);
	assert.match(s.screen()[1], /new {2}.*第三次全体会议公报 {2}2024-01-10/);
	await s.pressAndSettle(['escape']);
	await s.waitFor('LIST │');
	await s.pressAndSettle(['escape']);
	await s.waitFor('3 reports in');
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});
