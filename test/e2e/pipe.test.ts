// Pipe and copy from the browser, in a real pseudo-terminal: the command's output and status,
// and the clipboard as the emulator receives it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {isCooked, type Session} from './harness.ts';
import {statusRow} from './panes.ts';
import {characterCount, withCitation} from '../../source/ui/view/focused-text.ts';
import {dir, open, report, section3} from './pipe-session.ts';

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
	// One key at a time, each answered before the next: a loaded machine may take a while.
	for (const command of ['no-such-program-here', 'false', 'wc -m']) {
		await s.pressAndSettle(['up']);
		await s.waitFor(`to: ${command}`);
	}
	assert.match(s.screen().at(-2) ?? '', /to: wc -m/);
	await s.pressAndSettle(['escape']);
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});

test('| with the command and Enter in one read (a paste, a fast typist over SSH) loses nothing', async () => {
	const s = await open();
	await s.press({text: '|wc -l\r'});
	await s.waitFor(/exit 0/);
	assert.match(title(s), /\$ wc -l {2}← §1, /);
	assert.equal(s.screen()[4].trim(), '1');
	await s.press({text: 'q'});
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
	await s.waitFor(`Sent ${characterCount(section3.text)} characters of §3 to the terminal (OSC 52)`);

	const cited = await copy(s, 'Y');
	assert.equal(cited, withCitation(report, section3));
	assert.match(cited, /\n— 《市委召开八届九次全体\(扩大\)会议》, 2020-12-12, 绍兴网-绍兴日报, §3\n$/);
	await s.waitFor('with its citation');

	// Ctrl-Y, for when an input method swallows letters.
	assert.equal(await copy(s, '\x19'), section3.text);
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
	await s.waitFor('Sent');
	await s.press({text: 'q'});
	await s.exited;
});

test('--no-shell turns off | as PLENUM_NO_SHELL does', async () => {
	const s = await open({args: ['--no-shell']});
	await s.pressAndSettle([{text: '|'}]);
	await s.waitFor('Commands are off');
	assert.doesNotMatch(s.text(), /to: /);
	await s.press({text: 'q'});
	await s.exited;
});
