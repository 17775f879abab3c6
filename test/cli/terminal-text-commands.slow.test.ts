// The commands that came with the library and the comparison hold to the same rule as the rest:
// at a terminal a report's controls are placeholders (diff, trend, people, index, search across a
// folder, export --format ndjson), on a pipe and with --json they are the report's bytes, and --raw
// keeps them on a terminal too. Their files are written as export writes one: whole or not at all,
// never over a report read, over a file already there only with --force; a failed write is one
// line and exit 74.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {start, type Session} from '../e2e/harness.ts';
import {runCli, runShell} from '../helpers/run-cli.ts';
import {FIXTURES} from '../helpers/corpus.ts';

const HOSTILE = join(FIXTURES, 'hostile', 'hostile.txt');
const HOSTILE_HTML = join(FIXTURES, 'hostile', 'hostile.html');
const scratch = mkdtempSync(join(tmpdir(), 'plenum-terminal-commands-'));
// A folder whose own name would retitle the window, holding both hostile reports.
const library = join(scratch, 'lib\x1b]0;folder-title\x07');
mkdirSync(library);
copyFileSync(HOSTILE, join(library, 'hostile.txt'));
copyFileSync(HOSTILE_HTML, join(library, 'hostile.html'));
const env = {XDG_CACHE_HOME: join(scratch, 'cache')};
const sessions: Session[] = [];
after(() => {
	sessions.forEach(s => s.dispose());
	rmSync(scratch, {recursive: true, force: true});
});

async function atTerminal(args: string[]): Promise<Session> {
	const s = start({cols: 160, rows: 50, args, env});
	sessions.push(s);
	await s.exited;
	await s.settle();
	return s;
}

function assertClean(s: Session, what: string): void {
	assert.deepEqual(s.titles, [], `${what}: no window title`);
	assert.deepEqual(s.clipboard, [], `${what}: no clipboard write`);
	assert.ok(!/\x1b[\]PX^_]|\x1b\[2J|[\x80-\x9f\u202e]/.test(s.output), `${what}: ${JSON.stringify(s.output.slice(0, 400))}`);
}

const commands: [string, string[]][] = [
	['diff', ['diff', HOSTILE, HOSTILE_HTML]],
	['diff --format md', ['diff', '--format', 'md', HOSTILE, HOSTILE_HTML]],
	['diff --previous', ['diff', '--previous', join(library, 'hostile.txt')]],
	['index', ['index', library]],
	['search QUERY DIR', ['search', '八八战略', library]],
	['trend', ['trend', '八八战略', library]],
	['people (none found)', ['people', '张\x1b]0;name-title\x07三', library]],
	['export --format ndjson DIR', ['export', '--format', 'ndjson', library]],
];

for (const [name, args] of commands) {
	test(`plenum ${name} at a terminal shows controls as placeholders and sets no title or clipboard`, async () => {
		assertClean(await atTerminal(args), name);
	});
}

test('the library commands keep the bytes on a pipe and show them one for one at a terminal', async () => {
	// search names each report by its title, which holds the control here; trend by its meeting.
	const piped = runCli(['search', '八八战略', library], {env}).stdout;
	assert.ok(piped.includes('\x1b]0;owned-title\x07'));
	assert.ok(piped.includes('\x1b]52;c;cm0gLXJmIH4=\x07'));
	const search = await atTerminal(['search', '八八战略', library]);
	assert.match(search.text(), /八八战略␛]52;c;cm0gLXJmIH4=␇/);
	const raw = await atTerminal(['search', '--raw', '八八战略', library]);
	assert.ok(raw.clipboard.length > 0 && raw.clipboard.every(payload => payload === 'c;cm0gLXJmIH4='));
});

test('diff at a terminal shows the placeholders; on a pipe and with --json the bytes', async () => {
	const s = await atTerminal(['diff', HOSTILE, HOSTILE_HTML]);
	assert.match(s.text(), /八八战略␛]52;c;cm0gLXJmIH4=␇/);
	assert.ok(runCli(['diff', HOSTILE, HOSTILE_HTML]).stdout.includes('\x1b]52;c;cm0gLXJmIH4=\x07'));
	const json = await atTerminal(['diff', '--json', HOSTILE, HOSTILE_HTML]);
	assert.match(json.output, /八八战略\\u001b]52;c;cm0gLXJmIH4=\\u0007/);
});

test('diff -o writes the exact text, never over OLD or NEW, over a file only with --force; -o - is stdout', () => {
	const dir = mkdtempSync(join(scratch, 'diff-o-'));
	const older = join(dir, 'old.txt');
	const newer = join(dir, 'new.html');
	copyFileSync(HOSTILE, older);
	copyFileSync(HOSTILE_HTML, newer);
	const out = join(dir, 'redline.txt');
	assert.equal(runCli(['diff', older, newer, '-o', out]).status, 0);
	assert.ok(readFileSync(out, 'utf8').includes('\x1b]52;c;cm0gLXJmIH4=\x07'));
	const again = runCli(['diff', older, newer, '-o', out]);
	assert.equal(again.status, 2);
	assert.equal(again.stderr, `plenum: ${out} exists (--force replaces it)\n`);
	assert.equal(runCli(['diff', older, newer, '-o', out, '--force']).status, 0);
	for (const input of [older, newer]) {
		const over = runCli(['diff', older, newer, '-o', input, '--force']);
		assert.equal(over.status, 2, over.stderr);
		assert.match(over.stderr, /^plenum: will not write over the report itself/);
	}
	assert.deepEqual(readFileSync(older), readFileSync(HOSTILE));
	assert.deepEqual(readFileSync(newer), readFileSync(HOSTILE_HTML));
	const stdout = runCli(['diff', older, newer, '-o', '-']);
	assert.equal(stdout.status, 0);
	assert.match(stdout.stdout, /^old /);
	assert.ok(!existsSync(join(dir, '-')));
	assert.deepEqual(readdirSync(dir).sort(), ['new.html', 'old.txt', 'redline.txt'], 'no temporary file left');
});

test('export --format ndjson -o is written whole, over a file only with --force', () => {
	const dir = mkdtempSync(join(scratch, 'ndjson-o-'));
	const out = join(dir, 'library.ndjson');
	const first = runCli(['export', '--format', 'ndjson', library, '-o', out], {env});
	assert.equal(first.status, 0, first.stderr);
	const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
	assert.ok(lines.length >= 4 && lines.every(line => JSON.parse(line)));
	writeFileSync(out, 'keep');
	const again = runCli(['export', '--format', 'ndjson', library, '-o', out], {env});
	assert.equal(again.status, 2);
	assert.equal(readFileSync(out, 'utf8'), 'keep');
	assert.equal(runCli(['export', '--format', 'ndjson', library, '-o', out, '--force'], {env}).status, 0);
	assert.deepEqual(readFileSync(out, 'utf8').trimEnd().split('\n'), lines);
	assert.deepEqual(readdirSync(dir), ['library.ndjson'], 'no temporary file left');
});

test('a write that fails is one line and exit 74: diff, trend, ndjson to /dev/full; diff -o and ndjson -o past the file size limit', () => {
	for (const command of [`diff "${HOSTILE}" "${HOSTILE_HTML}"`, `trend 八八战略 "${library}"`, `export --format ndjson "${library}"`]) {
		const run = runShell(`XDG_CACHE_HOME="${env.XDG_CACHE_HOME}" $PLENUM ${command} > /dev/full`);
		assert.equal(run.status, 74, `${command}: ${run.stderr}`);
		assert.equal(run.stderr, 'plenum: cannot write the output: no space left on the disk\n', command);
	}
	const dir = mkdtempSync(join(scratch, 'limit-'));
	const big = join(dir, 'big.txt');
	// Over a few kilobytes either way: the limit below cuts every one of these files.
	writeFileSync(big, readFileSync(HOSTILE, 'utf8').repeat(40));
	for (const command of [`diff "${HOSTILE}" "${big}" -o "${join(dir, 'redline.txt')}"`, `export --format ndjson "${library}" -o "${join(dir, 'library.ndjson')}"`]) {
		const run = runShell(`ulimit -f 2; XDG_CACHE_HOME="${env.XDG_CACHE_HOME}" $PLENUM ${command}`);
		assert.equal(run.status, 74, `${command}: ${run.stderr}`);
		// The library's index cannot grow its shared memory file under the limit either: it says so
		// once and reads the folder into memory, and the export fails on its own file.
		assert.match(run.stderr, /(^|\n)plenum: cannot write .*: over the file size limit\n$/, command);
		assert.ok(
			run.stderr.split('\n').every(line => line === '' || line.startsWith('plenum: ')),
			run.stderr,
		);
	}
	assert.deepEqual(readdirSync(dir), ['big.txt'], 'no file cut short, no temporary file left');
});
