// Handing the terminal to $EDITOR and $PAGER and taking it back, and saving files, in a real
// pseudo-terminal: an editor that records what it was given, saved files compared with the model.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, type Session} from './harness.ts';
import {listRows} from './panes.ts';
import {focusedText} from '../../source/ui/view/focused-text.ts';
import {saveContent} from '../../source/ui/view/focused-report.ts';
import {dir, open, report, section3, sessions} from './pipe-session.ts';

test('e hands the terminal to $EDITOR and takes it back intact; v does the same for $PAGER', async () => {
	const record = join(dir, 'edited.txt');
	const editor = join(dir, 'editor.sh');
	const answer = join(dir, 'answer.txt');
	writeFileSync(editor, `#!/bin/sh\ncp "$1" "${record}"\nprintf 'editor ran'\nread line\necho "$line" > "${answer}"\n`);
	chmodSync(editor, 0o755);
	const paged = join(dir, 'paged.txt');
	const pager = join(dir, 'pager.sh');
	writeFileSync(pager, `#!/bin/sh\ncp "$1" "${paged}"\n`);
	chmodSync(pager, 0o755);
	const s = await open({env: {VISUAL: undefined, EDITOR: editor, PAGER: pager}});
	await s.pressAndSettle(['down', 'down']);
	const before = s.screen().slice(0, 3);
	await s.press({text: 'e'});
	// The editor has the terminal: the main screen, and the keys typed reach it.
	await s.waitFor(() => !s.altScreen && s.cursorShown);
	await s.press({text: 'typed in the editor\r'});
	await s.waitFor('Back from');
	assert.equal(readFileSync(record, 'utf8'), section3.text);
	assert.equal(readFileSync(answer, 'utf8'), 'typed in the editor\n');
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

test('with the report piped in, the editor still gets the terminal and its keys', async () => {
	const answer = join(dir, 'piped-answer.txt');
	const editor = join(dir, 'reading-editor.sh');
	writeFileSync(editor, `#!/bin/sh\nread line\necho "$line" > "${answer}"\n`);
	chmodSync(editor, 0o755);
	const s = start({cols: 100, rows: 30, shell: `cat data/shaoxing-2020-12-plenum.txt | EDITOR=${editor} "$NODE" "$PLENUM_CLI"`});
	sessions.push(s);
	await s.waitForBrowser();
	await s.press({text: 'e'});
	await s.waitFor(() => !s.altScreen);
	await s.press({text: 'from the keyboard\r'});
	await s.waitFor('Back from reading-editor.sh');
	assert.equal(readFileSync(answer, 'utf8'), 'from the keyboard\n');
	await s.press({text: 'q'});
	await s.exited;
});

test("Ctrl-C pressed in the pager (SIGINT to the terminal's process group) does not end plenum", async () => {
	const pager = join(dir, 'interrupted-pager.sh');
	writeFileSync(pager, '#!/bin/sh\nkill -INT 0\nsleep 1\n');
	chmodSync(pager, 0o755);
	// Not under the harness's reporting shell: the signal would end that shell too.
	const s = await open({env: {PAGER: pager}});
	await s.press({text: 'v'});
	await s.waitFor('was killed by SIGINT');
	await s.pressAndSettle(['down']);
	await s.waitFor('LIST │ section 2/');
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
	// Ctrl-U clears the suggested name; the path arrives at once, as pasted.
	await s.press({text: '\x15'}, {text: path}, 'enter');
}

test('s saves the focused section and the whole report as .txt, .md and .json, as the model exports them', async () => {
	const s = await open();
	await s.pressAndSettle(['down', 'down']);
	for (const ext of ['txt', 'md', 'json']) {
		const path = join(dir, `section.${ext}`);
		await save(s, path);
		await s.waitFor('Saved §3 to');
		assert.equal(readFileSync(path, 'utf8'), saveContent(report, {kind: 'section', id: 3}, path)?.content, ext);
	}
	assert.deepEqual(JSON.parse(readFileSync(join(dir, 'section.json'), 'utf8')).sections, [report.sections[2]]);

	for (const ext of ['txt', 'md', 'json']) {
		const whole = join(dir, `whole.${ext}`);
		await s.pressAndSettle([{text: 'a'}]);
		await save(s, whole);
		await s.waitFor(`Saved the whole report to ${whole}`);
		assert.equal(readFileSync(whole, 'utf8'), saveContent(report, null, whole)?.content, ext);
	}
	// The whole report saves exactly as `plenum export` writes it.
	assert.deepEqual(JSON.parse(readFileSync(join(dir, 'whole.json'), 'utf8')), JSON.parse(JSON.stringify(report)));

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
