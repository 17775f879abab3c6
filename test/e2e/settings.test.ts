// The settings file in a pseudo-terminal: each setting does what it says in the browser, `plenum
// config path` says where the file is, and a bad setting is one line naming it, never a crash.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {start, type Session} from './harness.ts';
import {readerRows, statusRow} from './panes.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

/** A settings folder (XDG_CONFIG_HOME) holding `content` as plenum/config.json. */
function config(content: string): string {
	const home = tempDir('settings');
	mkdirSync(join(home, 'plenum'));
	writeFileSync(join(home, 'plenum', 'config.json'), content);
	return home;
}

async function browse(settings: string, cols = 100, rows = 30): Promise<Session> {
	const s = start({cols, rows, env: {XDG_CONFIG_HOME: config(settings)}});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	return s;
}

async function until(s: Session, check: () => boolean, what: string): Promise<void> {
	try {
		await s.waitFor(() => check(), 8000);
	} catch {
		assert.fail(`${what}; screen:\n${s.text()}`);
	}
}

test('plenum config path prints $XDG_CONFIG_HOME/plenum/config.json', async () => {
	const home = tempDir('settings-path');
	const s = start({cols: 100, rows: 10, args: ['config', 'path'], env: {XDG_CONFIG_HOME: home}, reportAfterExit: true});
	sessions.push(s);
	const {exitCode} = await s.afterExit();
	assert.equal(exitCode, 0);
	assert.match(s.output, new RegExp(`^${join(home, 'plenum', 'config.json')}\r?$`, 'm'));
});

test('"mouse": false leaves the mouse to the terminal; "keys" adds keys of one\'s own, listed in the help', async () => {
	const s = await browse('{"mouse": false, "keys": {"quit": ["x"], "down": "ctrl-n"}}');
	assert.ok(!s.output.includes('\x1b[?1000h'), 'mouse reporting was switched on');
	await s.press({text: '\x0e'});
	await until(s, () => /LIST │ section 2\/12/.test(statusRow(s)), 'Ctrl-N did not move down');
	await s.pressAndSettle([{text: '?'}]);
	await until(s, () => /Ctrl-N j ↓ +next item/.test(s.text()), 'the help does not list Ctrl-N');
	await s.press('escape');
	await s.press({text: 'x'});
	assert.equal((await s.exited).exitCode, 0);
});

test('"maxWidth" keeps the reader\'s lines short on a wide terminal', async () => {
	const s = await browse('{"maxWidth": 40}', 200, 30);
	await s.pressAndSettle(['right']);
	const widths = readerRows(s).map(row => stringWidth(row));
	assert.ok(Math.max(...widths) <= 41, `a reader row is wider than 40 columns: ${Math.max(...widths)}`);
	assert.ok(Math.max(...widths) >= 36, 'the text is not wrapped near 40 columns');
	await s.press({text: 'q'});
	await s.exited;
});

test('"ambiguousWide" counts “ ” … as two columns, as a terminal set so draws them', async () => {
	// The emulator draws them one column wide: rows holding them end short by one column each,
	// which shows plenum measured them as two.
	const dividerColumns = (s: Session) =>
		new Set(
			s
				.screen()
				.slice(3, 15)
				.map(row => stringWidth(row.slice(0, row.indexOf('│')))),
		);
	const narrow = await browse('{}');
	assert.equal(dividerColumns(narrow).size, 1, 'the divider is not straight with ambiguous characters narrow');
	await narrow.press({text: 'q'});
	const wide = await browse('{"ambiguousWide": true}');
	assert.ok(dividerColumns(wide).size > 1, 'ambiguous characters were still measured as one column');
	await wide.press({text: 'q'});
});

test('a bad setting is one line naming it and exit 2, before anything is drawn', async () => {
	for (const [content, message] of [
		['{"theme": "blue"}', /: "theme" must be "auto", "light" or "dark", not "blue"$/],
		['{"theme": "light",}', /: not JSON \(.*\)$/],
		['{"colour": true}', /: unknown setting "colour" \(settings: theme, mouse, ambiguousWide, maxWidth, keys\)$/],
		['{"maxWidth": 5}', /: "maxWidth" must be a whole number of columns, 20 or more \(or null\), not 5$/],
		['{"keys": {"quit": ["ctrl-"]}}', /: "keys\.quit": cannot read the key "ctrl-" /],
		['{"keys": {"launch": ["x"]}}', /settings: "keys\.launch" is no command of the browser \(commands: .*quit/],
	] as const) {
		const s = start({cols: 200, rows: 10, env: {XDG_CONFIG_HOME: config(content)}, reportAfterExit: true});
		sessions.push(s);
		const {exitCode, stty} = await s.afterExit();
		assert.equal(exitCode, 2, content);
		// What plenum wrote before the shell's report, as lines (the screen would wrap a long one).
		const written = s.output.slice(0, s.output.indexOf('__PLENUM_EXIT='));
		const lines = written.split(/\r?\n/).filter(l => l.trim() !== '');
		assert.equal(lines.length, 1, s.text());
		assert.match(lines[0], /^plenum: /);
		assert.match(lines[0], message, content);
		assert.equal(s.altScreen, false);
		assert.match(stty, /(^|\s)icanon(\s|$)/, `left in raw mode after ${content}`);
	}
});
