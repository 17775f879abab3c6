// Pipe, copy, open and save from the browser, in a real pseudo-terminal: the command's output,
// the clipboard as the emulator receives it, an editor that records what it was given, and
// saved files compared with the model.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {start, isCooked, ROOT, type Session, type StartOptions} from './harness.ts';
import {listRows, statusRow} from './panes.ts';
import {parseReport} from '../../source/parse/index.ts';
import {characterCount, focusedText, withCitation} from '../../source/ui/model/focused-text.ts';
import {saveContent} from '../../source/ui/model/focused-report.ts';

const report = parseReport(readFileSync(join(ROOT, 'data', 'shaoxing-2020-12-plenum.txt'), 'utf8'));
const section3 = focusedText(report, {kind: 'section', id: 3});
const dir = mkdtempSync(join(tmpdir(), 'plenum-pipe-e2e-'));
const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

// wc -m counts characters only in a UTF-8 locale.
async function open(options: StartOptions = {}): Promise<Session> {
	const s = start({cols: 100, rows: 30, ...options, env: {LC_ALL: 'C.UTF-8', ...options.env}});
	sessions.push(s);
	await s.waitFor('LIST │');
	await s.idle(60);
	return s;
}

async function pipe(s: Session, command: string): Promise<void> {
	await s.pressAndSettle([{text: '|'}]);
	await s.waitFor('to: ');
	await s.type(command);
	await s.press('enter');
}

const title = (s: Session) => s.screen()[3];

test('a section piped to wc -m counts what `plenum section 3 | wc -m` counts; false and a missing program are reported', async () => {
	const s = await open();
	await s.pressAndSettle(['down', 'down']);
	await pipe(s, 'wc -m');
	await s.waitFor(/exit 0/);
	assert.match(title(s), /\$ wc -m {2}← §3, /);
	assert.equal(s.screen()[4].trim(), String(characterCount(section3.text)));
	assert.equal(characterCount(section3.text), characterCount(report.sections[2].text + '\n'));
	assert.match(statusRow(s), /OUTPUT │ lines 1–1 of 1/);
	await s.pressAndSettle(['escape']);
	await s.waitFor('LIST │ section 3/');

	await pipe(s, 'false');
	await s.waitFor(/exit 1/);
	assert.match(s.text(), /\(no output\)/);
	await s.pressAndSettle(['escape']);

	await pipe(s, 'no-such-program-here');
	await s.waitFor(/exit 127: command not found/);
	assert.match(s.text(), /no-such-program-here: (command )?not found/);
	await s.pressAndSettle(['escape']);

	// ↑ recalls the session's commands, newest first.
	await s.pressAndSettle([{text: '|'}]);
	await s.pressAndSettle(['up', 'up', 'up']);
	assert.match(s.screen().at(-2) ?? '', /to: wc -m/);
	await s.pressAndSettle(['escape']);
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});

test('head -c1 closing its stdin early (EPIPE) is reported, not a crash', async () => {
	// A report larger than a pipe's buffer, so the write really meets a closed pipe.
	const big = join(dir, 'big.txt');
	writeFileSync(big, ['市委召开全体会议', ...Array.from({length: 400}, (_, i) => `全会指出，第${i + 1}项工作要${'扎实推进高质量发展'.repeat(20)}。`)].join('\n'));
	const s = await open({args: [big]});
	await s.pressAndSettle([{text: 'a'}]);
	await pipe(s, 'head -c1');
	await s.waitFor(/exit 0, stopped reading its input early/);
	assert.match(title(s), /the whole report, [\d,]+ characters/);
	await s.pressAndSettle(['escape']);
	await s.waitFor('LIST │');
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});

test('Ctrl-C cancels a slow command and plenum keeps running; the terminal is restored on quit', async () => {
	const s = await open({reportAfterExit: true});
	await pipe(s, 'sleep 30');
	await s.waitFor(/running · Ctrl-C cancels/);
	await s.press('ctrlC');
	await s.waitFor(/cancelled/, 3000);
	assert.match(statusRow(s), /OUTPUT │/);
	await s.pressAndSettle(['escape']);
	await s.waitFor('LIST │');
	await s.press({text: 'q'});
	const {exitCode, stty} = await s.afterExit();
	assert.equal(exitCode, 0);
	assert.ok(isCooked(stty));
	assert.equal(s.altScreen, false);
});

const decode = (osc: string) => Buffer.from(osc.replace(/^c;/, ''), 'base64').toString('utf8');

/** Press a key and return what the emulator's clipboard received for it. */
async function copy(s: Session, key: string): Promise<string> {
	const before = s.clipboard.length;
	await s.pressAndSettle([{text: key}]);
	await s.waitFor(() => s.clipboard.length > before);
	return decode(s.clipboard.at(-1) ?? '');
}

test('y and Y copy through OSC 52: the emulator receives the section text, and with a citation', async () => {
	const s = await open();
	await s.pressAndSettle(['down', 'down']);
	assert.equal(await copy(s, 'y'), section3.text);
	assert.equal(section3.text, report.sections[2].text + '\n');
	await s.waitFor(`Copied ${characterCount(section3.text)} characters of §3`);

	const cited = await copy(s, 'Y');
	assert.equal(cited, withCitation(report, section3));
	assert.match(cited, /\n— 《市委召开八届九次全体\(扩大\)会议》, 2020-12-12, 绍兴网-绍兴日报, §3\n$/);
	await s.waitFor('with its citation');

	// Ctrl-Y, for when an input method swallows letters.
	assert.equal(await copy(s, '\x19'), section3.text);
	await s.press({text: 'q'});
	await s.exited;
});

test('e hands the terminal to $EDITOR and takes it back intact; v does the same for $PAGER', async () => {
	const record = join(dir, 'edited.txt');
	const editor = join(dir, 'editor.sh');
	writeFileSync(editor, `#!/bin/sh\ncp "$1" "${record}"\nprintf 'editor ran'\n`);
	chmodSync(editor, 0o755);
	const paged = join(dir, 'paged.txt');
	const pager = join(dir, 'pager.sh');
	writeFileSync(pager, `#!/bin/sh\ncp "$1" "${paged}"\n`);
	chmodSync(pager, 0o755);
	const s = await open({env: {VISUAL: undefined, EDITOR: editor, PAGER: pager}});
	await s.pressAndSettle(['down', 'down']);
	const before = s.screen().slice(0, 3);
	await s.pressAndSettle([{text: 'e'}]);
	await s.waitFor('Back from');
	assert.equal(readFileSync(record, 'utf8'), section3.text);
	assert.equal(s.altScreen, true, 'back on the alternate screen');
	assert.deepEqual(s.screen().slice(0, 3), before, 'header and tabs redrawn');
	assert.ok(!s.text().includes('editor ran'), 'the editor output does not linger on the browser screen');
	assert.match(listRows(s)[2], /^> ?3 /);
	s.assertClean('after the editor');
	await s.pressAndSettle(['down']);
	await s.waitFor('LIST │ section 4/');

	await s.pressAndSettle([{text: 'v'}]);
	await s.waitFor('Back from pager.sh');
	assert.equal(readFileSync(paged, 'utf8'), focusedText(report, {kind: 'section', id: 4}).text);
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});

test('a terminal resized while the editor runs is drawn at its new size on return', async () => {
	const slow = join(dir, 'slow-editor.sh');
	writeFileSync(slow, '#!/bin/sh\nsleep 0.5\n');
	chmodSync(slow, 0o755);
	const s = await open({env: {VISUAL: slow}});
	await s.press({text: 'e'});
	await new Promise(r => setTimeout(r, 200));
	s.resize(80, 24);
	await s.waitFor('Back from slow-editor.sh');
	await s.idle(100);
	assert.match(s.screen()[0], /2020-12-12 07:41 $/);
	assert.equal(s.screen()[0].length <= 80, true);
	s.assertClean('after a resize under the editor');
	await s.press({text: 'q'});
	await s.exited;
});

async function save(s: Session, path: string): Promise<void> {
	await s.pressAndSettle([{text: 's'}]);
	await s.waitFor(' as: ');
	// Clear the suggested name, then type the path.
	for (let i = 0; i < 30; i++) await s.press({text: '\x7f'});
	await s.type(path);
	await s.press('enter');
}

test('s saves the focused section and the whole report as .txt, .md and .json, as the model exports them', async () => {
	const s = await open();
	await s.pressAndSettle(['down', 'down']);
	for (const ext of ['txt', 'md', 'json']) {
		const path = join(dir, `section.${ext}`);
		await save(s, path);
		await s.waitFor('Saved §3 to');
		assert.equal(readFileSync(path, 'utf8'), saveContent(report, {kind: 'section', id: 3}, path).content, ext);
	}
	assert.deepEqual(JSON.parse(readFileSync(join(dir, 'section.json'), 'utf8')).sections, [report.sections[2]]);

	const whole = join(dir, 'whole.md');
	await s.pressAndSettle([{text: 'a'}]);
	await save(s, whole);
	await s.waitFor('Saved the whole report');
	assert.equal(readFileSync(whole, 'utf8'), saveContent(report, null, whole).content);

	// A file already there is replaced only when asked twice.
	writeFileSync(join(dir, 'taken.txt'), 'keep me');
	await save(s, join(dir, 'taken.txt'));
	await s.waitFor('Replace the file? ');
	assert.equal(readFileSync(join(dir, 'taken.txt'), 'utf8'), 'keep me');
	await s.press('enter');
	await s.waitFor('Saved §3');
	assert.notEqual(readFileSync(join(dir, 'taken.txt'), 'utf8'), 'keep me');
	await s.press({text: 'q'});
	await s.exited;
});

test('PLENUM_NO_SHELL=1 turns off |, e and v; y still copies', async () => {
	const marker = join(dir, 'no-shell-ran');
	const s = await open({env: {PLENUM_NO_SHELL: '1', EDITOR: `touch ${marker}`}});
	await s.pressAndSettle([{text: '|'}]);
	await s.waitFor('Commands are off');
	assert.doesNotMatch(s.text(), /to: /);
	await s.pressAndSettle([{text: 'e'}]);
	await s.idle(100);
	assert.equal(existsSync(marker), false);
	await s.pressAndSettle([{text: 'y'}]);
	await s.waitFor('Copied');
	await s.press({text: 'q'});
	await s.exited;
});
