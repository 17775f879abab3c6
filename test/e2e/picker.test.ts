// plenum FILE FILE… on a terminal: pick a report, read it, come back with Esc, pick another, quit.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, type Session} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

const RAW = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'raw');

function folder(): string {
	const dir = tempDir('picker');
	for (const name of ['00-shaoxing-2020-plenum.txt', '07-ccp19-7th-plenum-xwlb.txt', '13-npc14-2nd-opening-xwlb.txt']) copyFileSync(join(RAW, name), join(dir, name));
	writeFileSync(join(dir, 'notes.txt'), 'not a report\n');
	return dir;
}

test('the picker opens a report, Esc comes back to it with the same report selected, q quits cleanly', async () => {
	// Several files open the picker (one folder opens the library: library.test.ts).
	const dir = folder();
	const s = start({cols: 100, rows: 24, args: readdirSync(dir).map(name => join(dir, name))});
	sessions.push(s);
	await s.waitFor('3 reports, newest first · 1 skipped');
	assert.match(s.text(), /❯ 2024-03-05 +十四届全国人大二次会议在京开幕/);
	s.assertClean('picker:');
	await s.pressAndSettle(['down', 'enter']);
	await s.waitFor('LIST │');
	assert.match(s.screen()[0], /中国共产党第十九届中央委员会第七次全体会议公报/);
	await s.pressAndSettle(['escape']);
	await s.waitFor('reports, newest first');
	assert.match(s.text(), /❯ 2022-10-12/);
	await s.pressAndSettle(['down', 'enter']);
	await s.waitFor('LIST │');
	assert.match(s.screen()[0], /市委召开八届九次全体\(扩大\)会议/);
	await s.pressAndSettle(['escape']);
	await s.waitFor('reports, newest first');
	await s.press({text: 'q'});
	const {exitCode} = await s.exited;
	assert.equal(exitCode, 0);
	assert.equal(s.altScreen, false);
	assert.ok(s.cursorShown);
});

test('the picker looks into subfolders, moves with g and G, filters with /, and Ctrl-C exits 130', async () => {
	// Two folders open the picker (one opens the library); the second holds its report a subfolder down.
	const dir = folder();
	const more = tempDir('picker-more');
	mkdirSync(join(more, '2021', 'central'), {recursive: true});
	copyFileSync(join(RAW, '02-ccdi20-3rd-plenum.html'), join(more, '2021', 'central', 'ccdi.html'));
	const s = start({cols: 100, rows: 24, args: [dir, more], reportAfterExit: true});
	sessions.push(s);
	await s.waitFor('4 reports, newest first · 1 skipped');
	assert.match(s.text(), /中央纪律检查委员会/, 'the report in a subfolder is not listed');
	await s.pressAndSettle([{text: 'G'}]);
	await s.waitFor(/❯ 2020-12-12/);
	await s.pressAndSettle([{text: 'g'}]);
	await s.waitFor(/❯ 2024-03-05/);
	await s.pressAndSettle([{text: '/'}]);
	await s.type('纪律');
	await s.waitFor('1 of 4 reports');
	assert.match(s.text(), /❯ 2024-01-10 +中国共产党第二十届中央纪律检查委员会/);
	assert.doesNotMatch(s.text(), /十四届全国人大/);
	await s.pressAndSettle(['enter']);
	await s.waitFor('filter “纪律”');
	await s.pressAndSettle(['escape']);
	await s.waitFor('4 reports, newest first');
	await s.press('ctrlC');
	const {exitCode} = await s.afterExit();
	assert.equal(exitCode, 130);
	assert.equal(s.altScreen, false);
});
