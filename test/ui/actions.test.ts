import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {runCommand, MAX_OUTPUT, type RunResult} from '../../source/ui/actions/run-command.ts';
import {clipboardTools, copyMessage, copyWithTool, osc52} from '../../source/ui/actions/clipboard.ts';
import {resolvePath, saveFile} from '../../source/ui/actions/save.ts';
import {openIn, programFor} from '../../source/ui/actions/open-in.ts';
import {createHandOver} from '../../source/ui/actions/hand-over.ts';
import {tempDir} from '../helpers/temp.ts';

function run(command: string, input: string, cancelAfterMs?: number): Promise<RunResult & {text: string; truncated: boolean}> {
	return new Promise(resolve => {
		let text = '';
		let truncated = false;
		const running = runCommand(command, input, {
			output: (t, cut) => {
				text = t;
				truncated = cut;
			},
			done: result => resolve({...result, text, truncated}),
		});
		if (cancelAfterMs !== undefined) setTimeout(() => running.cancel(), cancelAfterMs);
	});
}

test('the text goes to stdin; stdout and stderr come back with the exit status', async () => {
	const r = await run('wc -c; echo oops >&2', '全会指出\n');
	assert.equal(r.status, 'exit 0');
	assert.equal(r.failed, false);
	assert.match(r.text, /^\s*13\noops\n$/);
});

test('report text on stdin is never read as a command', async () => {
	const r = await run('cat', '$(echo injected); `id`\n');
	assert.equal(r.text, '$(echo injected); `id`\n');
});

test('false, a missing program, and a command that stops reading early are reported', async () => {
	assert.deepEqual((({status, failed}) => ({status, failed}))(await run('false', 'x')), {status: 'exit 1', failed: true});
	const missing = await run('no-such-program-plenum', 'x');
	assert.equal(missing.status, 'exit 127: command not found');
	assert.match(missing.text, /not found/);
	// More than a pipe holds, so the write meets the closed pipe.
	const early = await run('head -c1', '全'.repeat(200_000));
	assert.equal(early.status, 'exit 0');
	assert.equal(early.stoppedReading, true);
	assert.equal(early.text.length, 1);
});

test('cancel stops the command and everything it started', async () => {
	const started = Date.now();
	const r = await run('sleep 30; echo late', '', 100);
	assert.equal(r.status, 'cancelled');
	assert.equal(r.cancelled, true);
	assert.ok(Date.now() - started < 5000);
	assert.equal(r.text, '');
});

test('output beyond the limit is cut, and the command still runs to its end', async () => {
	const r = await run(`head -c ${MAX_OUTPUT + 5000} /dev/zero | tr '\\0' x`, '');
	assert.equal(r.text.length, MAX_OUTPUT);
	assert.equal(r.truncated, true);
	assert.equal(r.status, 'exit 0');
});

test('OSC 52 carries the text as base64; inside tmux it is also wrapped for passthrough', () => {
	assert.equal(osc52('全会'), `\x1b]52;c;${Buffer.from('全会').toString('base64')}\x07`);
	const tmux = osc52('x', {tmux: true});
	assert.ok(tmux.startsWith('\x1b]52;c;eA==\x07\x1bPtmux;\x1b\x1b]52;c;eA==\x07\x1b\\'));
});

test('the clipboard programs tried are those the environment points to, tmux first', () => {
	assert.deepEqual(clipboardTools({}, 'linux'), []);
	assert.deepEqual(
		clipboardTools({TMUX: '/tmp/t,1,0', DISPLAY: ':0'}, 'linux').map(t => `${t.command} ${t.args.join(' ')}`),
		['tmux load-buffer -w -', 'tmux load-buffer -', 'xclip -selection clipboard', 'xsel --clipboard --input'],
	);
	assert.deepEqual(
		clipboardTools({WAYLAND_DISPLAY: 'wayland-0'}, 'darwin').map(t => t.name),
		['wl-copy', 'pbcopy'],
	);
});

test('a copy is reported by what was done: a program that is missing is skipped, one that fails is named', () => {
	const tool = (command: string, ...args: string[]) => ({name: command, command, args});
	assert.deepEqual(copyWithTool('x', [tool('plenum-no-such-program'), tool('sh', '-c', 'cat >/dev/null')]), {copied: true, tool: 'sh'});
	assert.deepEqual(copyWithTool('x', [tool('sh', '-c', 'exit 3')]), {copied: false, tool: 'sh', reason: 'exit 3'});
	assert.deepEqual(copyWithTool('x', [tool('plenum-no-such-program')]), {copied: false, tool: null, reason: null});
	assert.equal(copyMessage('3 characters of §1', {copied: true, tool: 'xclip'}), 'Copied 3 characters of §1 to the clipboard (xclip).');
	assert.match(copyMessage('3 characters of §1', {copied: false, tool: null, reason: null}), /^Sent 3 characters of §1 to the terminal \(OSC 52\); no clipboard program found/);
	assert.match(copyMessage('3 characters of §1', {copied: false, tool: 'xsel', reason: 'exit 1'}), /only: xsel failed \(exit 1\)/);
});

test('save never replaces a file unless asked; ~ is the home directory', () => {
	const dir = tempDir('save');
	const path = join(dir, 'a.md');
	assert.deepEqual(saveFile(path, '一', false), {ok: true, path, bytes: 3});
	assert.deepEqual(saveFile(path, '二', false), {ok: false, taken: true, reason: 'EEXIST'});
	assert.equal(readFileSync(path, 'utf8'), '一');
	assert.equal(saveFile(path, '二', true).ok, true);
	assert.equal(readFileSync(path, 'utf8'), '二');
	assert.deepEqual(saveFile(join(dir, 'no', 'dir.md'), 'x', false), {ok: false, taken: false, reason: 'ENOENT'});
	assert.equal(resolvePath('~/x.md'), join(homedir(), 'x.md'));
	assert.equal(resolvePath('x.md', '/tmp'), '/tmp/x.md');
});

test('e and v: $VISUAL before $EDITOR, less by default; the temporary file goes to the program and is removed', () => {
	assert.equal(programFor('editor', {VISUAL: 'code -w', EDITOR: 'vi'}), 'code -w');
	assert.equal(programFor('editor', {EDITOR: 'nano'}), 'nano');
	assert.equal(programFor('pager', {}), 'less');
	let seen = '';
	let file = '';
	const message = openIn(
		'editor',
		'全会指出\n',
		'section-1',
		{run: (program, path) => ((seen = `${program} ${readFileSync(path, 'utf8')}`), (file = path), {code: 0, signal: null, error: null})},
		{EDITOR: '/usr/bin/vim'},
	);
	assert.equal(seen, '/usr/bin/vim 全会指出\n');
	assert.match(file, /section-1\.txt$/);
	assert.throws(() => readFileSync(file));
	assert.equal(message, 'Back from vim; the report is unchanged.');
	const missing = openIn('pager', 'x', 'x', {run: () => ({code: 127, signal: null, error: null})}, {PAGER: 'nope'});
	assert.match(missing, /Could not start nope: command not found/);
	assert.equal(openIn('pager', 'x', 'x', undefined), 'No terminal to hand over here.');
});

test('the hand-over leaves the screen before the child and takes it back after, ignoring Ctrl-C meanwhile', async () => {
	const calls: string[] = [];
	const screen = {active: true, enter: () => calls.push('enter'), restore: () => calls.push('restore'), leave: () => calls.push('leave')};
	const onInt = () => calls.push('SIGINT reached plenum');
	process.on('SIGINT', onInt);
	const result = createHandOver(screen, process.stdin).run('kill -INT $PPID; exit 3; :', '/dev/null');
	assert.deepEqual(result, {code: 3, signal: null, error: null});
	assert.deepEqual(calls, ['restore', 'enter']);
	await new Promise(r => setTimeout(r, 300));
	assert.deepEqual(calls, ['restore', 'enter'], 'the SIGINT that arrived meanwhile was ignored');
	assert.ok(process.listeners('SIGINT').includes(onInt), 'and the listeners are back');
	process.off('SIGINT', onInt);
});
