// plenum DIR on a terminal: the library, grouped by series; / filters it; f searches across it and a
// hit opens the report at its section; T on a term in the report shows the term's timeline; the
// progress of a first index on a terminal. Driven in a real pseudo-terminal.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {isCooked, start, type Session} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

const RAW = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'raw');

/** The labelled corpus in a folder, and a cache of its own. */
function library(): {dir: string; env: Record<string, string>} {
	const dir = tempDir('library-e2e');
	for (const name of readdirSync(RAW)) copyFileSync(join(RAW, name), join(dir, name));
	return {dir, env: {XDG_CACHE_HOME: tempDir('cache-e2e')}};
}

test('the library: series, a filter, a search whose hit opens the report at its section, a term’s timeline', async () => {
	const {dir, env} = library();
	const s = start({cols: 110, rows: 30, args: [dir], env, reportAfterExit: true});
	sessions.push(s);
	await s.waitFor('11 reports in', 20000);
	s.assertClean('library:');
	// 中国共产党第十九届中央委员会第七次全体会议公报 (07) and the 18th CC's 2nd plenum (15) are central plenums.
	assert.match(s.text(), /中央全会 Central Committee plenums · 2/);
	assert.match(s.text(), /中央纪委全会 CCDI plenums · 2/);
	assert.match(s.text(), /2022-10-12 {2}中国共产党第十九届中央委员会第七次全体会议公报/);
	// Ctrl-Q (XON, which the key fuzz sends) and Ctrl-K are no q or k: the library neither quits nor moves.
	const listed = s.text();
	await s.pressAndSettle([{text: '\x11'}, {text: '\x0b'}]);
	assert.equal(s.text(), listed);

	// Filter: the CCDI's two plenum communiqués (02, 09) are the reports whose title says 纪律.
	await s.pressAndSettle([{text: '/'}]);
	await s.type('纪律');
	await s.waitFor('filter: 纪律');
	const rows = s.screen().filter(r => /^\s*(❯ )?\d{4}-\d\d-\d\d/.test(r));
	assert.equal(rows.length, 2);
	await s.pressAndSettle(['escape']);
	await s.waitFor(/11 reports in \d+ series$/m);

	// Search across the library: 全面从严治党 occurs in four reports (00, 02, 07, 09), 20 times.
	await s.pressAndSettle([{text: 'f'}]);
	await s.type('全面从严治党');
	await s.pressAndSettle(['enter']);
	await s.waitFor('全面从严治党: 20 in 4 reports');
	s.assertClean('hits:');
	// The first hit: the newest report, the CCDI's 3rd plenum (02), January 2024.
	assert.match(s.text(), /❯ {3}§\d+ /);
	const hitSection = /❯ {3}§(\d+)/.exec(s.text())![1];
	await s.pressAndSettle(['enter']);
	// The browser opens reading that section.
	await s.waitFor('READER │', 20000);
	assert.match(s.screen()[0], /中国共产党第二十届中央纪律检查委员会第三次全体会议公报/);
	assert.match(s.text(), new RegExp(`section ${hitSection}/\\d+`));
	assert.match(s.text().replace(/[│\s]/g, ''), /全面从严治党/);
	// Esc to the list, Esc back to the library's hits, where it stood.
	await s.pressAndSettle(['escape']);
	await s.pressAndSettle(['escape']);
	await s.waitFor('全面从严治党: 20 in 4 reports');

	// Back to the reports; open the first one, and ask for a term's timeline from its Terms tab.
	await s.pressAndSettle(['escape']);
	await s.waitFor('11 reports in');
	await s.pressAndSettle(['enter']);
	await s.waitForBrowser(20000);
	await s.pressAndSettle([{text: '4'}]);
	await s.pressAndSettle([{text: 'T'}]);
	await s.waitFor(/timeline: \S+/);
	await s.waitFor(/ in \d+ reports · first \d{4}-\d\d-\d\d · last \d{4}-\d\d-\d\d/);
	s.assertClean('timeline:');
	await s.press({text: 'q'});
	const {exitCode, stty} = await s.afterExit();
	assert.equal(exitCode, 0);
	assert.ok(!s.altScreen && s.cursorShown && isCooked(stty));
});

test('a first index on a terminal shows its progress, then the summary', async () => {
	const {dir, env} = library();
	const s = start({cols: 100, rows: 20, args: ['index', dir], env});
	sessions.push(s);
	const {exitCode} = await s.exited;
	assert.equal(exitCode, 0);
	assert.match(s.output, /indexing \d+\/11 ▕[█░]+▏ \d+ files\/s/);
	assert.match(s.text(), /: 11 files, 11 reports, 0 skipped/);
});
