// Pipe commands at a terminal show a report's control characters as placeholders: `plenum terms
// hostile.txt` at a prompt must not retitle the window, set the clipboard or clear the screen.
// Pipes and --json keep the original bytes, and --raw keeps them on a terminal too. File names in
// errors and listings are shown the same way, one line each.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, type Session} from '../e2e/harness.ts';
import {runCli} from '../helpers/run-cli.ts';
import {FIXTURES} from '../helpers/corpus.ts';
import {tempDir} from '../helpers/temp.ts';

const HOSTILE = join(FIXTURES, 'hostile', 'hostile.txt');
const HOSTILE_HTML = join(FIXTURES, 'hostile', 'hostile.html');
const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

async function atTerminal(args: string[]): Promise<Session> {
	const s = start({cols: 120, rows: 40, args});
	sessions.push(s);
	await s.exited;
	await s.settle();
	return s;
}

for (const command of ['terms', 'measures', 'meta', 'sections', 'section 2', 'export', 'search 八八战略']) {
	test(`plenum ${command} at a terminal shows controls as placeholders and sets no title or clipboard`, async () => {
		for (const file of [HOSTILE, HOSTILE_HTML]) {
			const s = await atTerminal([...command.split(' '), file]);
			assert.deepEqual(s.titles, [], 'no window title');
			assert.deepEqual(s.clipboard, [], 'no clipboard write');
			assert.ok(!/\x1b[\]PX^_]|\x1b\[2J|[\x80-\x9f\u202e]/.test(s.output), JSON.stringify(s.output.slice(0, 400)));
		}
	});
}

test('the placeholders keep what followed the control visible, one for one', async () => {
	const s = await atTerminal(['terms', HOSTILE]);
	assert.match(s.text(), /“八八战略␛]52;c;cm0gLXJmIH4=␇”/);
	assert.match(s.text(), /“两个确立␛\[2J␛\[31m”/);
	const html = await atTerminal(['meta', HOSTILE_HTML]);
	assert.match(html.text(), /title +中共某市委全体会议公报␛]0;owned-html-title␇/);
});

test('pipes keep the original bytes; --json escapes them; --raw keeps them on a terminal', async () => {
	const piped = runCli(['terms', HOSTILE]);
	assert.ok(piped.stdout.includes('\x1b]52;c;cm0gLXJmIH4=\x07'));
	const json = runCli(['terms', '--json', HOSTILE]);
	assert.ok(JSON.parse(json.stdout).some((t: {text: string}) => t.text === '八八战略\x1b]52;c;cm0gLXJmIH4=\x07'));
	const jsonAtTerminal = await atTerminal(['terms', '--json', HOSTILE]);
	assert.deepEqual(jsonAtTerminal.clipboard, []);
	assert.match(jsonAtTerminal.output, /八八战略\\u001b]52;c;cm0gLXJmIH4=\\u0007/);
	const raw = await atTerminal(['terms', '--raw', HOSTILE]);
	assert.deepEqual(raw.clipboard, ['c;cm0gLXJmIH4=']);
	// The file written by export is the report as it is, whatever stdout is.
	const out = join(tempDir('terminal'), 'out.txt');
	await atTerminal(['export', '-o', out, HOSTILE]);
	assert.ok(readFileSync(out, 'utf8').includes('\x1b]52;c;cm0gLXJmIH4=\x07'));
});

test('a file name in an error is one line with its controls shown', () => {
	const run = runCli(['sections', 'no\x1b]52;c;cm0gLXJmIH4=\x07such\nfile']);
	assert.equal(run.status, 2);
	assert.equal(run.stderr, 'plenum: no␛]52;c;cm0gLXJmIH4=␇such␊file: no such file\n');
	const command = runCli(['\x1b]0;x\x07', 'other']);
	assert.equal(command.stderr, 'plenum: unknown command ␛]0;x␇ (try plenum --help)\n');
	const group = runCli(['measures', '--group', '\x1b]0;x\x07', HOSTILE]);
	assert.match(group.stderr, /^plenum: no measure group matches ␛]0;x␇ \(groups: [^\n\x1b]*\)\n$/);
});

test('list prints one line per report, whatever its file name or title holds', () => {
	const folder = join(tempDir('terminal-list'), 'reports');
	mkdirSync(folder);
	writeFileSync(join(folder, 'a\nb\x1b]0;t\x07.txt'), readFileSync(HOSTILE));
	writeFileSync(join(folder, 'plain.txt'), readFileSync(HOSTILE));
	const run = runCli(['list', folder]);
	assert.equal(run.status, 0, run.stderr);
	const lines = run.stdout.trimEnd().split('\n');
	assert.equal(lines.length, 2);
	assert.ok(lines.some(line => line.endsWith('/a␊b␛]0;t␇.txt')));
	assert.ok(!/[\x07\x1b\x9d]/.test(run.stdout));
});
