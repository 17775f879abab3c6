// A report that carries terminal escape sequences must not reach the terminal with them: the
// emulator's title and clipboard stay untouched and the browser shows placeholders instead.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, type Session} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

const ESC = '\x1b';
const BEL = '\x07';
const HOSTILE = [
	'### 某市委全体会议公报',
	`全会指出，要做好工作。${ESC}]0;owned${BEL}全会强调，要抓好落实。`,
	`全会号召，${ESC}]52;c;${Buffer.from('rm -rf ~').toString('base64')}${BEL}全市上下团结奋斗。`,
	`出席这次全会的市委委员42名。${ESC}[2J${ESC}[31m红色${ESC}[0m\u009d2;c1-title\u009c\u202e倒置\u202c结束。`,
].join('\n');

function reportFile(): string {
	const dir = tempDir('hostile');
	const path = join(dir, 'hostile.txt');
	writeFileSync(path, HOSTILE);
	return path;
}

test('escape sequences in a report leave the title and clipboard untouched and show as placeholders', async () => {
	const s = start({cols: 100, rows: 30, args: [reportFile()]});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	// Read every section in the reader so each hostile paragraph is drawn.
	for (let i = 0; i < 4; i++) await s.pressAndSettle(['down']);
	const screen = s.text();
	assert.deepEqual(s.titles, [], 'no window title was set');
	assert.deepEqual(s.clipboard, [], 'nothing was written to the clipboard');
	assert.match(screen, /要做好工作。␛全会强调/);
	assert.match(screen, /全会号召，␛全市上下/);
	assert.match(screen, /红色/);
	assert.ok(!s.output.includes(`${ESC}]0;owned`));
	assert.ok(!s.output.includes(`${ESC}]52;`));
	assert.ok(!s.output.includes('\u009d'));
	assert.ok(!s.output.includes('\u202e'));
	s.assertClean('hostile report:');
	await s.press({text: 'q'});
	await s.exited;
});

test('a report piped in browses, reads keys from the terminal and quits cleanly', async () => {
	const s = start({cols: 80, rows: 24, shell: `cat "${reportFile()}" | "$NODE" "$PLENUM_CLI"`});
	sessions.push(s);
	await s.waitForBrowser();
	await s.pressAndSettle(['down']);
	assert.match(s.text(), /^>\s*2 /m);
	await s.press({text: 'q'});
	const {exitCode} = await s.exited;
	assert.equal(exitCode, 0);
	assert.equal(s.altScreen, false);
	assert.ok(s.cursorShown);
});
