// A Ctrl-C or Ctrl-\ that reached plenum while the editor or pager had the terminal is ignored,
// even when plenum is busy for longer than the grace period once it is back: the signal waits in
// libuv's pipe until the next poll, and the browser's own listener (which exits) must not be back
// by then. The fuzz test found plenum ending with 131 after Ctrl-\ in a pager.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {tempDir} from '../helpers/temp.ts';

const ROOT = join(import.meta.dirname, '..', '..');

test('a SIGQUIT sent during the hand-over is ignored though plenum is busy for 400 ms after it', () => {
	const script = `
		import {createHandOver} from './source/ui/actions/hand-over.ts';
		import {writeFileSync} from 'node:fs';
		import {join} from 'node:path';
		process.on('SIGQUIT', () => process.exit(131));
		process.on('SIGINT', () => process.exit(130));
		const screen = {active: true, enter() {}, restore() {}, leave() {}};
		const file = join(${JSON.stringify(tempDir('handover'))}, 'f.txt');
		writeFileSync(file, 'x');
		const result = createHandOver(screen, process.stdin).run('kill -QUIT 0; kill -INT 0; :', file);
		const until = Date.now() + 400;
		while (Date.now() < until) {}
		setTimeout(() => {
			console.log(JSON.stringify(result));
			process.exit(0);
		}, 500);
	`;
	// Its own process group, so that kill 0 reaches it and its shell only.
	const run = spawnSync('setsid', [process.execPath, '--import', 'tsx', '--input-type=module', '-e', script], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	assert.equal(run.status, 0, `exited with ${run.status}: ${run.stderr}`);
	assert.match(run.stdout, /"code":0/);
});

test('nor by the guard of a view set after the hand-over (c ended the browser), and a guard released meanwhile never comes back', () => {
	const script = `
		import {createHandOver} from './source/ui/actions/hand-over.ts';
		import {guardTerminal} from './source/ui/terminal/signals.ts';
		import {writeFileSync} from 'node:fs';
		import {join} from 'node:path';
		const screen = {active: true, enter() {}, restore() {}, leave() {}};
		const ended = [];
		const browser = guardTerminal(screen, {end: (code, signal) => ended.push('browser ' + signal)});
		const file = join(${JSON.stringify(tempDir('handover'))}, 'f.txt');
		writeFileSync(file, 'x');
		createHandOver(screen, process.stdin).run('kill -QUIT 0; :', file);
		// c: the browser ends and the next view guards the terminal, before the loop has polled.
		browser.release();
		const next = guardTerminal(screen, {end: (code, signal) => ended.push('next ' + signal)});
		setTimeout(() => {
			// Long after the grace: a signal now is the next view's alone.
			process.kill(process.pid, 'SIGINT');
			setTimeout(() => {
				next.release();
				console.log(JSON.stringify(ended));
				process.exit(0);
			}, 100);
		}, 600);
	`;
	const run = spawnSync('setsid', [process.execPath, '--import', 'tsx', '--input-type=module', '-e', script], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	assert.equal(run.status, 0, `exited with ${run.status}: ${run.stderr}`);
	assert.deepEqual(JSON.parse(run.stdout), ['next SIGINT']);
});
