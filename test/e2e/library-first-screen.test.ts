// plenum DIR paints the library's first screen from the listing kept beside its index before
// better-sqlite3, Ink and React load; Ink's first frame then replaces it. What a user must never
// see: a cell that changes at the hand-over, a key typed early that is lost, the listing of an
// index that has changed since shown as if it were current.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {CLI, INK_FRAME, start, type Cell, type Session} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

const RAW = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'raw');

/** The labelled corpus in a folder (`name` inside a folder of its own, when given), indexed, with a cache of its own. */
function indexedLibrary(name?: string): {dir: string; env: Record<string, string>} {
	let dir = tempDir('library-first');
	if (name) mkdirSync((dir = join(dir, name)));
	for (const name of readdirSync(RAW)) copyFileSync(join(RAW, name), join(dir, name));
	const env = {XDG_CACHE_HOME: tempDir('cache-first')};
	const indexed = spawnSync(process.execPath, [CLI, 'index', dir], {env: {...process.env, ...env}, encoding: 'utf8'});
	assert.equal(indexed.status, 0, indexed.stderr);
	return {dir, env};
}

const listingOf = (env: Record<string, string>) => {
	const folder = join(env.XDG_CACHE_HOME, 'plenum');
	return join(
		folder,
		readdirSync(folder).find(name => name.endsWith('.listing.json'))!,
	);
};

const visible = (cells: Cell[]) =>
	cells
		.filter(c => c.char !== ' ' && c.char !== '')
		.map(c => c.char)
		.join('');

function differences(before: Cell[], now: Cell[]): string[] {
	const key = (c: Cell) => `${c.row},${c.col}`;
	const at = new Map(now.map(c => [key(c), c]));
	// A cell never written and a space written in the default colours look the same.
	const blank = (x: Cell | undefined) => x && {...x, char: x.char === '' ? ' ' : x.char};
	return before.filter(c => JSON.stringify(blank(c)) !== JSON.stringify(blank(at.get(key(c))))).map(c => `${key(c)}: ${JSON.stringify(c)} → ${JSON.stringify(at.get(key(c)))}`);
}

/** A settings file holding `content`: the XDG_CONFIG_HOME to name. */
function config(content: string): string {
	const home = tempDir('library-settings');
	mkdirSync(join(home, 'plenum'));
	writeFileSync(join(home, 'plenum', 'config.json'), content);
	return home;
}

// The screen is painted as plenum starts, before the command line loads (ui/library-view/at-start.ts);
// with keys of one's own in the settings, after the command line has read them (ui/launch.ts).
for (const [cols, rows, extra, how] of [
	[110, 30, {}, ''],
	[80, 12, {NO_COLOR: '1'}, ' without colour'],
	[110, 30, {XDG_CONFIG_HOME: config('{"keys": {"quit": ["x"]}}')}, ' with keys of its own in the settings'],
] as const) {
	test(`${cols}×${rows}${how}: the painted library is the screen Ink draws, cell for cell`, async () => {
		const {dir, env} = indexedLibrary();
		const s = start({cols, rows, args: [dir], env: {...env, ...extra}, captureBefore: INK_FRAME});
		sessions.push(s);
		await s.waitFor(() => s.output.includes(INK_FRAME), 20000);
		await s.idle(100);
		assert.ok(s.before, 'Ink drew without a painted screen before it');
		const painted = visible(s.before);
		assert.match(painted, /11reportsin\d+series/, 'the title was not painted');
		// The CCDI's plenum communiqués (02, 09) head the list, the 20th CCDI's third (02) first.
		assert.match(painted, /中央纪委全会CCDIplenums·2/);
		assert.match(painted, /❯2024-01-10中国共产党第二十届中央纪律检查委员会第三次全体会议公报/);
		assert.match(painted, /Enteropen·\/filter·fsearch·ttimeline·qquit/, 'the status line was not painted');
		assert.deepEqual(differences(s.before, s.cells()), []);
		s.assertClean();
	});
}

test('a key typed on the painted library, before Ink runs, is answered once it does', async () => {
	const {dir, env} = indexedLibrary();
	const s = start({cols: 110, rows: 30, args: [dir], env, typeWhen: {text: 'q quit', keys: 'j'}});
	sessions.push(s);
	await s.waitFor(() => s.output.includes(INK_FRAME), 20000);
	assert.equal(s.typedBeforeInk, true, 'Ink was already running when the key was typed: nothing was tested');
	// j moved the selection from the 20th CCDI's third plenum (02) to its second (09).
	await s.waitFor(/❯ 2023-01-10 {2}中国共产党第二十届中央纪律检查委员会第二次全体会议公报/);
	await s.pressAndSettle([{text: 'q'}]);
	assert.equal((await s.exited).exitCode, 0);
});

test('the listing of an index changed since is not painted: the screen shows the index as it is', async () => {
	const {dir, env} = indexedLibrary();
	const old = readFileSync(listingOf(env));
	// One report more (the Shaoxing plenum, 00, under another name), indexed; then the listing of
	// eleven put back, as a listing that missed the change would be.
	copyFileSync(join(RAW, '00-shaoxing-2020-plenum.txt'), join(dir, '21-copy.txt'));
	assert.equal(spawnSync(process.execPath, [CLI, 'index', dir], {env: {...process.env, ...env}}).status, 0);
	writeFileSync(listingOf(env), old);
	const s = start({cols: 110, rows: 30, args: [dir], env, captureBefore: INK_FRAME});
	sessions.push(s);
	await s.waitFor('12 reports in', 20000);
	assert.doesNotMatch(visible(s.before ?? []), /reportsin/, 'a screen was painted from the stale listing');
	await s.pressAndSettle([{text: 'q'}]);
	// Written anew as plenum DIR ends: the next one paints twelve.
	assert.match(readFileSync(listingOf(env), 'utf8'), /"reports":12/);
});

test('a key the settings give to no command is one line and exit 2, and the library is not painted', async () => {
	const {dir, env} = indexedLibrary();
	const s = start({cols: 200, rows: 10, args: [dir], env: {...env, XDG_CONFIG_HOME: config('{"keys": {"launch": ["x"]}}')}, reportAfterExit: true});
	sessions.push(s);
	const {exitCode, stty} = await s.afterExit(20000);
	assert.equal(exitCode, 2);
	const written = s.output.slice(0, s.output.indexOf('__PLENUM_EXIT='));
	assert.doesNotMatch(written, /\x1b\[\?1049h/, 'the alternate screen was entered');
	const lines = written.split(/\r?\n/).filter(l => l.trim() !== '');
	assert.equal(lines.length, 1, s.text());
	assert.match(lines[0], /^plenum: .*settings: "keys\.launch" is no command of the browser/);
	assert.match(stty, /(^|\s)icanon(\s|$)/, 'left in raw mode');
});

test('a folder named as a command, given alone, is the command: nothing is painted', async () => {
	const {dir, env} = indexedLibrary('search');
	const s = start({cols: 110, rows: 10, env, shell: `cd "${join(dir, '..')}" && "$NODE" "$PLENUM_CLI" search; echo "__PLENUM_EXIT=$?"`});
	sessions.push(s);
	await s.waitFor('__PLENUM_EXIT=2', 20000);
	assert.doesNotMatch(s.output, /\x1b\[\?1049h/, 'the alternate screen was entered');
	assert.match(s.text(), /plenum: search needs a query/);
});
