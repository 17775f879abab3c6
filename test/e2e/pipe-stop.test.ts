// Quitting ends every `|` command: a program left holding the command's pipes in another session
// no longer keeps plenum from exiting, and a command that ignores SIGTERM is killed after the
// grace period instead of outliving plenum.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {alive, pidFiles} from '../helpers/processes.ts';
import {dir, open} from './pipe-session.ts';

const pidFrom = pidFiles();

async function quitWith(command: string): Promise<{exitCode: number; ms: number}> {
	const s = await open();
	await s.press({text: '|'});
	await s.waitFor('Pipe §1 to:');
	await s.press({text: command}, 'enter');
	await s.waitFor('$ ');
	await new Promise(r => setTimeout(r, 300));
	await s.press('escape');
	await s.waitFor('LIST │');
	const started = Date.now();
	await s.press({text: 'q'});
	const exited = await Promise.race([s.exited, new Promise<null>(r => setTimeout(() => r(null), 8000))]);
	assert.ok(exited, `plenum did not exit; screen:\n${s.text()}`);
	assert.equal(s.altScreen, false);
	return {exitCode: exited.exitCode, ms: Date.now() - started};
}

test('q ends plenum though a program in another session holds the command’s output', async () => {
	const file = join(dir, 'setsid.pid');
	const {exitCode} = await quitWith(`setsid sh -c 'echo $$ > "${file}"; exec sleep 1234' &`);
	assert.equal(exitCode, 0);
	// Started by the user in a session of its own: plenum lets it be.
	assert.ok(alive(await pidFrom(file)));
});

test('a command that ignores SIGTERM does not outlive plenum: q, or a signal to plenum, kills it after the grace period', async () => {
	const file = join(dir, 'stubborn.pid');
	const {exitCode} = await quitWith(`trap '' TERM; echo $$ > "${file}"; sleep 1234`);
	assert.equal(exitCode, 0);
	const pid = await pidFrom(file);
	for (let i = 0; i < 100 && alive(pid); i++) await new Promise(r => setTimeout(r, 20));
	assert.equal(alive(pid), false);

	const signalled = join(dir, 'signalled.pid');
	const s = await open();
	await s.press({text: '|'});
	await s.waitFor('Pipe §1 to:');
	await s.press({text: `trap '' TERM; echo $$ > "${signalled}"; sleep 1234`}, 'enter');
	const running = await pidFrom(signalled);
	s.kill('SIGTERM');
	assert.equal((await s.exited).exitCode, 143);
	for (let i = 0; i < 100 && alive(running); i++) await new Promise(r => setTimeout(r, 20));
	assert.equal(alive(running), false, 'the command is gone with plenum');
});
