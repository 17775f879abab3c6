// The entry tells `plenum DIR` before the command line loads (cli/library-argument.ts, cli.tsx):
// the names it leaves to the command line must be the command line's own.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {COMMANDS} from '../../source/cli/commands/index.ts';
import {COMMAND_NAMES, libraryArgument, libraryQuery} from '../../source/cli/library-argument.ts';
import {SCAN_WORKER} from '../../source/app/scan-worker.ts';
import {tempDir} from '../helpers/temp.ts';

test('a folder named as a subcommand or help is never taken for the library', () => {
	assert.deepEqual([...COMMAND_NAMES].sort(), [...COMMANDS.map(c => c.name), 'help'].sort());
});

test('the entry serves scans on the argument the listing starts it with', () => {
	const entry = readFileSync(join(import.meta.dirname, '..', '..', 'cli.tsx'), 'utf8');
	assert.ok(entry.includes(`const SCAN_WORKER = '${SCAN_WORKER}';`));
});

test('only a lone folder on a terminal is the library', () => {
	const dir = tempDir('library-argument');
	// The tests' stdin and stdout are no terminal.
	assert.equal(libraryArgument([dir]), null);
	const tty = [process.stdin, process.stdout] as {isTTY?: boolean}[];
	const was = tty.map(s => s.isTTY);
	tty.forEach(s => (s.isTTY = true));
	try {
		assert.equal(libraryArgument([dir], {TERM: 'xterm'}), dir);
		assert.equal(libraryArgument([dir], {TERM: 'dumb'}), null);
		assert.equal(libraryArgument([dir, dir], {TERM: 'xterm'}), null);
		assert.equal(libraryArgument(['--json'], {TERM: 'xterm'}), null);
		assert.equal(libraryArgument(['search'], {TERM: 'xterm'}), null);
		assert.equal(libraryArgument([join(dir, 'none')], {TERM: 'xterm'}), null);
	} finally {
		tty.forEach((s, i) => (s.isTTY = was[i]));
	}
});

test('search and trend over a folder are answered early only as the command line would read them', () => {
	const dir = tempDir('library-query');
	const none = {json: false, csv: false, raw: false};
	assert.deepEqual(libraryQuery(['search', '改革', dir]), {command: 'search', term: '改革', dir, flags: none});
	assert.deepEqual(libraryQuery(['--json', 'trend', '改革', dir, '--csv']), {command: 'trend', term: '改革', dir, flags: {...none, json: true, csv: true}});
	assert.deepEqual(libraryQuery(['search', 'search', dir, '--raw']), {command: 'search', term: 'search', dir, flags: {...none, raw: true}});
	// Left to the command line: another flag or spelling, a term like a flag or of spaces, a file or no folder, too many or too few, a name not UTF-8.
	for (const argv of [
		['search', '改革', dir, '--force'],
		['search', '改革', dir, '--json=true'],
		['search', '-v', dir],
		['search', '--', '改革', dir],
		['trend', '  ', dir],
		['trend', '', dir],
		['search', '改革', join(dir, 'none')],
		['search', '改革', dir, dir],
		['trend', dir],
		['people', '李强', dir],
		['search', '改\ufffd', dir],
	])
		assert.equal(libraryQuery(argv), null, argv.join(' '));
});
