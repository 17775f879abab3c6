// y in a pseudo-terminal, with the clipboard programs a machine may have (fakes that record what
// they were given): the text goes to the one the environment points to, and the status says what
// was actually done — never "Copied" when nothing but OSC 52 was sent.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, ROOT, type Session} from './harness.ts';
import {statusRow} from './panes.ts';
import {tempDir} from '../helpers/temp.ts';
import {parseReport} from '../../source/parse/index.ts';

const report = parseReport(readFileSync(join(ROOT, 'data', 'shaoxing-2020-12-plenum.txt'), 'utf8'));
const section1 = report.sections[0].text + '\n';
const count = [...section1].length;
const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));
const dir = tempDir('clipboard-e2e');

/** A folder holding a fake clipboard program: it saves its stdin and arguments, and exits with `code`. */
let fakes = 0;
function fake(name: string, code = 0): string {
	const bin = join(dir, `${name}-${++fakes}`);
	mkdirSync(bin, {recursive: true});
	writeFileSync(join(bin, name), `#!/bin/sh\necho "$@" > "${bin}/args"\ncat > "${bin}/text"\nexit ${code}\n`);
	chmodSync(join(bin, name), 0o755);
	return bin;
}

async function copyWith(env: Record<string, string | undefined>, args: string[] = []): Promise<{status: string; session: Session}> {
	const s = start({cols: 140, rows: 24, env: {LC_ALL: 'C.UTF-8', ...env}, args});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	await s.press({text: 'y'});
	try {
		await s.waitFor(() => /Copied|Sent/.test(statusRow(s)), 8000);
	} catch {
		assert.fail(`no status after y; screen:\n${s.text()}`);
	}
	assert.ok(s.clipboard.length > 0, 'OSC 52 was not sent as well');
	return {status: statusRow(s), session: s};
}

test('with no clipboard program, y says the text was only sent to the terminal (OSC 52)', async () => {
	const {status} = await copyWith({});
	assert.doesNotMatch(status, /Copied/);
	assert.match(status, new RegExp(`Sent ${count} characters of §1 to the terminal \\(OSC 52\\); no clipboard program found`));
});

test('under X, y copies with xclip and says so', async () => {
	const bin = fake('xclip');
	const {status} = await copyWith({DISPLAY: ':99', PATH: `${bin}:${process.env.PATH}`});
	assert.match(status, new RegExp(`Copied ${count} characters of §1 to the clipboard \\(xclip\\)`));
	assert.equal(readFileSync(join(bin, 'text'), 'utf8'), section1);
	assert.equal(readFileSync(join(bin, 'args'), 'utf8'), '-selection clipboard\n');
});

test("inside tmux, y loads tmux's buffer with -w (which also sets the outer clipboard)", async () => {
	const bin = fake('tmux');
	const {status} = await copyWith({TMUX: '/tmp/tmux-0/default,1,0', PATH: `${bin}:${process.env.PATH}`});
	assert.match(status, new RegExp(`Copied ${count} characters of §1 into tmux's buffer and clipboard`));
	assert.equal(readFileSync(join(bin, 'text'), 'utf8'), section1);
	assert.equal(readFileSync(join(bin, 'args'), 'utf8'), 'load-buffer -w -\n');
});

test('a clipboard program that fails is named, and the status does not claim a copy', async () => {
	const bin = fake('wl-copy', 1);
	const {status} = await copyWith({WAYLAND_DISPLAY: 'wayland-0', PATH: `${bin}:${process.env.PATH}`});
	assert.match(status, /Sent .* to the terminal \(OSC 52\) only: wl-copy failed \(exit 1\)/);
});

test('--no-shell starts no clipboard program and says so', async () => {
	const bin = fake('xclip');
	const {status} = await copyWith({DISPLAY: ':99', PATH: `${bin}:${process.env.PATH}`}, ['--no-shell']);
	assert.match(status, /Sent .* to the terminal \(OSC 52\); --no-shell starts no clipboard program/);
	assert.throws(() => readFileSync(join(bin, 'text')), 'xclip ran under --no-shell');
});
