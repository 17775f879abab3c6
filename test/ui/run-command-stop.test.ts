// A `|` command ends with plenum, whatever it does: its whole process group gets SIGTERM, then
// SIGKILL after the grace period, and its pipes are let go — a program it left behind in another
// session (`setsid sleep 1234 &`) holding them must not keep the command, or plenum, running.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {alive, pidFiles} from '../helpers/processes.ts';
import {runCommand, stopAllCommands, type RunResult} from '../../source/ui/actions/run-command.ts';
import {liveGroups} from '../../source/ui/actions/processes.ts';
import {tempDir} from '../helpers/temp.ts';

const dir = tempDir('stop');
const pidFrom = pidFiles();

function run(command: string): Promise<RunResult> {
	return new Promise(resolve => runCommand(command, '', {output: () => {}, done: resolve}));
}

test('a command that leaves a program in another session holding its output still ends', async () => {
	const file = join(dir, 'daemon.pid');
	const started = Date.now();
	const result = await run(`setsid sh -c 'echo $$ > "${file}"; exec sleep 1234' &`);
	assert.equal(result.status, 'exit 0');
	assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
	// The daemon is the user's: plenum lets go of it, and does not kill it.
	assert.ok(alive(await pidFrom(file)));
});

test('stopAllCommands ends a command that ignores SIGTERM, with SIGKILL after the grace period', async () => {
	const file = join(dir, 'stubborn.pid');
	let done: RunResult | null = null;
	runCommand(`trap '' TERM; echo $$ > "${file}"; sleep 1234; sleep 1234`, '', {output: () => {}, done: r => (done = r)});
	const pid = await pidFrom(file);
	const started = Date.now();
	stopAllCommands(300);
	assert.ok(Date.now() - started >= 300 && Date.now() - started < 3000);
	// Up to 5 s each: on a loaded machine the kernel may take over a second to reap the group.
	for (let i = 0; i < 500 && alive(pid); i++) await new Promise(r => setTimeout(r, 10));
	assert.equal(alive(pid), false, 'the shell is gone');
	for (let i = 0; i < 500 && liveGroups([pid]).length > 0; i++) await new Promise(r => setTimeout(r, 10));
	assert.deepEqual(liveGroups([pid]), [], 'and everything in its group');
	for (let i = 0; i < 100 && !done; i++) await new Promise(r => setTimeout(r, 10));
	assert.ok(done);
});

test('cancel sends SIGKILL to what ignores SIGTERM, once the grace period is over', async () => {
	const file = join(dir, 'cancelled.pid');
	const result = new Promise<RunResult>(resolve => {
		const running = runCommand(`trap '' TERM; echo $$ > "${file}"; sleep 1234`, '', {output: () => {}, done: resolve});
		void pidFrom(file).then(() => running.cancel());
	});
	const {status} = await result;
	assert.equal(status, 'cancelled');
	assert.equal(alive(Number(readFileSync(file, 'utf8'))), false);
});
