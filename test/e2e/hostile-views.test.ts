// The library view and the Compare view hold to the browser's rules for hostile reports: what they
// draw passes the one sanitizing boundary (no window title, no clipboard write, no sequence on the
// screen, whatever a title, a path, a term or a query holds), and every signal that ends a process
// gives the terminal back, SIGTSTP suspends and SIGCONT redraws, as in the browser and the picker.
// Reports: test/fixtures/hostile (the same sequences raw, and as HTML numeric entities).
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {constants} from 'node:os';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import iconv from 'iconv-lite';
import {isCooked, start, type Session, type StartOptions} from './harness.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const HOSTILE = join(FIXTURES, 'hostile.txt');
const HOSTILE_HTML = join(FIXTURES, 'hostile.html');

const sessions: Session[] = [];
const dirs: string[] = [];
after(() => {
	sessions.forEach(s => s.dispose());
	for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

/** The two hostile reports in a folder whose own name carries a title sequence, and a cache of its own. */
function library(): {dir: string; env: Record<string, string>} {
	const root = mkdtempSync(join(tmpdir(), 'plenum-hostile-views-'));
	dirs.push(root);
	const dir = join(root, 'lib\x1b]0;folder-title\x07');
	mkdirSync(dir);
	copyFileSync(HOSTILE, join(dir, 'hostile.txt'));
	copyFileSync(HOSTILE_HTML, join(dir, 'hostile.html'));
	return {dir, env: {XDG_CACHE_HOME: join(root, 'cache')}};
}

function session(options: StartOptions): Session {
	const s = start({cols: 120, rows: 30, ...options});
	sessions.push(s);
	return s;
}

/** Nothing reached the terminal that a report put there. */
function assertSafe(s: Session, context: string): void {
	assert.deepEqual(s.titles, [], `${context}: no window title`);
	assert.deepEqual(s.clipboard, [], `${context}: no clipboard write`);
	// plenum's own question for the terminal's background (OSC 11, theme auto) carries no report text.
	const output = s.output.replaceAll('\x1b]11;?\x1b\\', '');
	assert.ok(!/\x1b\][0-9]|\x1bP\+q|[\x80-\x9f\u202e]/.test(output), `${context}: ${JSON.stringify(output.slice(-400))}`);
	s.assertClean(context);
}

test('the library view of hostile reports: the list, a filter, a search, a timeline, all through the boundary', async () => {
	const {dir, env} = library();
	const s = session({args: [dir], env, reportAfterExit: true});
	await s.waitFor('2 reports in', 20000);
	assertSafe(s, 'reports:');
	assert.match(s.text(), /lib␛ · 2 reports in/);
	// A filter typed with a control in it (a paste) is drawn as its placeholder.
	await s.pressAndSettle([{text: '/'}]);
	await s.type('八\x1b]0;typed\x07');
	await s.pressAndSettle(['escape']);
	assertSafe(s, 'filter:');
	await s.pressAndSettle([{text: 'f'}]);
	await s.type('八八战略');
	await s.pressAndSettle(['enter']);
	await s.waitFor('八八战略: 2 in 2 reports');
	assertSafe(s, 'hits:');
	assert.match(s.text(), /八八战略␛/);
	await s.pressAndSettle(['escape']);
	await s.pressAndSettle([{text: 't'}]);
	await s.type('两个确立');
	await s.pressAndSettle(['enter']);
	await s.waitFor(/timeline: 两个确立/);
	await s.idle(100);
	assertSafe(s, 'timeline:');
	await s.press({text: 'q'});
	const {exitCode, stty: modes} = await s.afterExit();
	assert.equal(exitCode, 0);
	assert.ok(!s.altScreen && s.cursorShown && isCooked(modes));
});

test('the Compare view of two hostile reports: every tab, the help, a place opened and back', async () => {
	const s = session({args: [HOSTILE, HOSTILE_HTML, '--compare'], reportAfterExit: true});
	await s.waitFor('COMPARE │');
	assertSafe(s, 'terms tab:');
	assert.match(s.text(), /八八战略␛/);
	for (const tab of ['2', '3', '4']) {
		await s.pressAndSettle([{text: tab}]);
		assertSafe(s, `tab ${tab}:`);
	}
	await s.pressAndSettle([{text: '?'}]);
	assertSafe(s, 'help:');
	await s.pressAndSettle(['escape']);
	await s.pressAndSettle(['enter']);
	await s.waitFor(/READ|LIST/);
	assertSafe(s, 'opened:');
	await s.pressAndSettle(['escape']);
	await s.pressAndSettle(['escape']);
	await s.waitFor('COMPARE │');
	await s.press({text: 'q'});
	const {exitCode, stty: modes} = await s.afterExit();
	assert.equal(exitCode, 0);
	assert.ok(!s.altScreen && s.cursorShown && isCooked(modes));
});

for (const [view, ready] of [
	['library', '2 reports in'],
	['compare', 'COMPARE │'],
] as const) {
	for (const signal of ['SIGQUIT', 'SIGTERM', 'SIGUSR2'] as const) {
		test(`${signal} in the ${view} view restores the terminal and exits with 128 + its number`, async () => {
			const {dir, env} = library();
			const s = session({args: view === 'library' ? [dir] : [HOSTILE, HOSTILE_HTML, '--compare'], env, reportAfterExit: true});
			await s.waitFor(ready, 20000);
			await s.idle(60);
			process.kill(s.plenumPid(), signal);
			const {exitCode, stty: modes} = await s.afterExit();
			assert.equal(exitCode, 128 + constants.signals[signal]);
			assert.equal(s.altScreen, false, 'left the alternate screen');
			assert.equal(s.cursorShown, true, 'cursor shown');
			assert.ok(isCooked(modes), modes);
		});
	}

	test(`SIGTSTP in the ${view} view gives the terminal back; SIGCONT takes it again and redraws`, async () => {
		const {dir, env} = library();
		const s = session({args: view === 'library' ? [dir] : [HOSTILE, HOSTILE_HTML, '--compare'], env});
		await s.waitFor(ready, 20000);
		await s.idle(60);
		s.kill('SIGTSTP');
		await s.waitFor(() => !s.altScreen && s.cursorShown);
		assert.ok(isCooked(s.lineDiscipline()), 'cooked while stopped');
		const mark = s.output.length;
		s.kill('SIGCONT');
		await s.waitFor(() => s.altScreen && s.output.length > mark && s.text().includes(ready));
		assert.ok(!isCooked(s.lineDiscipline()), 'raw again');
		await s.press({text: 'q'});
		assert.equal((await s.exited).exitCode, 0);
		assert.equal(s.altScreen, false);
	});
}

test('keys typed while the browser hands over to the next view wait for it: Ctrl-\\ and Ctrl-D end nothing, nothing is echoed', async () => {
	// A folder of a dozen reports, so finding the previous one for c takes a moment; none of them
	// a city plenum (the corpus's 00 is one), so there is none.
	const {dir, env} = library();
	const raw = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'raw');
	for (const name of readdirSync(raw).filter(name => !name.startsWith('00-'))) copyFileSync(join(raw, name), join(dir, name));
	const s = session({args: [join(dir, 'hostile.txt')], env, reportAfterExit: true});
	await s.waitForBrowser();
	await s.idle(100);
	for (let round = 0; round < 3; round++) {
		const mark = s.output.length;
		await s.press({text: 'c'});
		for (const key of ['\x1c', '\x04', 'zz', '\x1c']) {
			await new Promise(r => setTimeout(r, 15));
			await s.press({text: key});
		}
		// The next browser says why there is no comparison; the keys that waited for it may clear that.
		await s.waitFor(() => s.output.slice(mark).includes('No previous report'), 10000);
		await s.idle(100);
		assert.equal(s.altScreen, true, `round ${round}: still in the alternate screen`);
		assert.ok(!/zz|\^\\/.test(s.output.slice(mark)), `round ${round}: nothing echoed: ${JSON.stringify(s.output.slice(mark, mark + 300))}`);
	}
	await s.press({text: 'q'});
	const {exitCode, stty: modes} = await s.afterExit();
	assert.equal(exitCode, 0);
	assert.ok(!s.altScreen && s.cursorShown && isCooked(modes));
});

test('a report of UTF-8 and GB18030 lines opened from the library, the picker or by c says so in the status line, never over the screen', async () => {
	const {dir, env} = library();
	const mixed = join(dir, 'mixed.txt');
	writeFileSync(mixed, Buffer.concat([Buffer.from('### 某市委全体会议公报\n全会指出，要做好工作。\n'), iconv.encode('全会强调，要抓好落实。\n出席这次全会的市委委员42名。\n', 'gb18030')]));
	const note = /mixed\.txt mixes UTF-8 and GB18030 lines/;
	const fromLibrary = session({args: [dir], env});
	await fromLibrary.waitFor('3 reports in', 20000);
	await fromLibrary.pressAndSettle(['end']);
	await fromLibrary.pressAndSettle(['enter']);
	await fromLibrary.waitFor(note);
	assert.ok(!fromLibrary.output.includes('plenum: warning'), 'library: nothing on stderr over the screen');
	// The picker's listing says it on stderr before it takes the screen, as plenum list does.
	const fromPicker = session({args: [mixed, HOSTILE], env});
	await fromPicker.waitFor('2 reports, newest first');
	const shown = fromPicker.output.length;
	await fromPicker.pressAndSettle(['down']);
	await fromPicker.pressAndSettle(['enter']);
	await fromPicker.waitFor(note);
	assert.ok(!fromPicker.output.slice(shown).includes('plenum: warning'), 'picker: nothing on stderr over the screen');
	// c scans the folder, mixed.txt among its files, while the browser holds the screen.
	const browsing = session({args: [join(dir, 'hostile.txt')], env});
	await browsing.waitForBrowser();
	await browsing.pressAndSettle([{text: 'c'}]);
	await browsing.waitFor(/No previous report|COMPARE │/);
	assert.ok(!browsing.output.includes('plenum: warning'), 'c: nothing on stderr over the screen');
});
