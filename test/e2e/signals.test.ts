// Signals from outside while the browser holds the terminal. Each signal that ends a process gives
// the terminal back (main screen, cursor shown, cooked mode) and exits as 128 + its number — Ink's
// signal-exit used to re-raise SIGQUIT, SIGALRM, SIGUSR2 and SIGXFSZ with the alternate screen
// on. SIGTSTP suspends with the terminal restored, SIGCONT takes it again and redraws. SIGXFSZ
// (a save past `ulimit -f`) fails the save instead of killing the browser; SIGUSR1 opens no
// inspector.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {constants} from 'node:os';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, isCooked, type Session, type StartOptions} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

async function open(options: StartOptions = {}): Promise<Session> {
	const s = start({cols: 90, rows: 26, ...options});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	return s;
}

function state(s: Session): string {
	return readFileSync(`/proc/${s.pid}/stat`, 'utf8').split(') ')[1][0];
}

for (const signal of ['SIGQUIT', 'SIGALRM', 'SIGUSR2', 'SIGPROF', 'SIGTERM', 'SIGHUP', 'SIGXCPU', 'SIGVTALRM'] as const) {
	test(`${signal} restores the terminal and exits with 128 + its number`, async () => {
		const s = await open({reportAfterExit: true});
		process.kill(s.plenumPid(), signal);
		const {exitCode, stty} = await s.afterExit();
		assert.equal(exitCode, 128 + constants.signals[signal]);
		assert.equal(s.altScreen, false, 'left the alternate screen');
		assert.equal(s.cursorShown, true, 'cursor shown');
		// A terminal hung up has no line discipline left to check.
		if (signal !== 'SIGHUP') assert.ok(isCooked(stty), stty);
	});
}

test('SIGTSTP suspends with the terminal given back; SIGCONT takes it again and redraws', async () => {
	const s = await open();
	await s.pressAndSettle(['down']);
	s.kill('SIGTSTP');
	await s.waitFor(() => !s.altScreen && s.cursorShown);
	await new Promise(r => setTimeout(r, 100));
	assert.equal(state(s), 'T', 'stopped');
	assert.ok(isCooked(s.lineDiscipline()), 'cooked while stopped');
	const mark = s.output.length;
	s.kill('SIGCONT');
	await s.waitFor(() => s.altScreen && s.output.length > mark && /LIST │ section 2\/12/.test(s.text()));
	assert.ok(!isCooked(s.lineDiscipline()), 'raw again');
	assert.match(s.text(), /^ 市委召开八届九次全体/);
	await s.pressAndSettle(['down']);
	await s.waitFor('LIST │ section 3/12');
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
	assert.equal(s.altScreen, false);
});

test('a save past the file size limit fails with EFBIG and keeps the old file; the browser runs on', async () => {
	const folder = tempDir('xfsz');
	const path = join(folder, 'keep.md');
	writeFileSync(path, 'the old file');
	const s = start({cols: 100, rows: 26, shell: `cd "${folder}" && ulimit -f 1 && "$NODE" "$PLENUM_CLI"`});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	await s.pressAndSettle([{text: 'a'}, {text: 's'}]);
	await s.waitFor('Save the whole report as:');
	// Ctrl-U clears the suggested name.
	await s.press({text: '\x15'}, {text: 'keep.md'}, 'enter');
	await s.waitFor('Replace the file? keep.md');
	await s.press('enter');
	await s.waitFor(/Could not save keep\.md: over the file size limit/);
	assert.equal(readFileSync(path, 'utf8'), 'the old file');
	assert.deepEqual(readdirSync(folder), ['keep.md']);
	process.kill(s.plenumPid(), 'SIGXFSZ');
	await s.pressAndSettle(['down']);
	await s.waitFor('LIST │ section 2/12');
	assert.equal(s.altScreen, true);
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});

test('SIGUSR1 opens no inspector and leaves the browser as it was', async () => {
	const s = await open();
	s.kill('SIGUSR1');
	await new Promise(r => setTimeout(r, 300));
	await s.pressAndSettle(['down']);
	await s.waitFor('LIST │ section 2/12');
	assert.doesNotMatch(s.output, /Debugger listening/);
	const pid = s.pid;
	const sockets = readdirSync(`/proc/${pid}/fd`).filter(fd => /^socket:/.test(readlinkOr(`/proc/${pid}/fd/${fd}`)));
	assert.equal(sockets.length, 0, 'no listening socket');
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});

function readlinkOr(path: string): string {
	try {
		return execFileSync('readlink', [path], {encoding: 'utf8'});
	} catch {
		return '';
	}
}

test('the report picker gives the terminal back on a signal too', async () => {
	// Several files open the picker (a folder opens the library view).
	const folder = tempDir('picker-signal');
	const report = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'shaoxing-2020-12-plenum.txt'));
	writeFileSync(join(folder, 'a.txt'), report);
	writeFileSync(join(folder, 'b.txt'), report);
	// The picker remembers the folder's files in an index of its own: kept out of the user's cache.
	const env = {XDG_CACHE_HOME: tempDir('picker-signal-cache')};
	const s = start({cols: 90, rows: 26, args: [join(folder, 'a.txt'), join(folder, 'b.txt')], reportAfterExit: true, env});
	sessions.push(s);
	await s.waitFor('reports, newest first');
	process.kill(s.plenumPid(), 'SIGQUIT');
	const {exitCode, stty} = await s.afterExit();
	assert.equal(exitCode, 128 + constants.signals.SIGQUIT);
	assert.equal(s.altScreen, false);
	assert.ok(s.cursorShown);
	assert.ok(isCooked(stty), stty);
});
