// The hostile reports (test/fixtures/hostile: raw escape sequences, C1 and bidi controls, and an
// HTML page carrying them as numeric entities) through every key that copies, pipes, saves or
// labels text, in a real terminal. The terminal's title is never set, the clipboard receives only
// what y and Y copy — with the controls as placeholders — and no sequence reaches the screen
// through a label, prompt, status message or overlay title. What is saved, piped or handed to
// the editor and the pager is the report as written: nothing lost.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {dir, open} from './pipe-session.ts';
import type {Session} from './harness.ts';
import {FIXTURES} from '../helpers/corpus.ts';

const TEXT = join(FIXTURES, 'hostile', 'hostile.txt');
const HTML = join(FIXTURES, 'hostile', 'hostile.html');
const CLIP = '\x1b]52;c;cm0gLXJmIH4=\x07';

/**
 * Everything that reached the terminal, less the OSC 52 sequences plenum itself sends for y and Y
 * and its question for the terminal's background (OSC 11, theme auto), which carry no report text.
 */
function drawn(s: Session): string {
	return s.output.replace(/\x1b\]52;c;[A-Za-z0-9+/=]*\x07/g, '').replaceAll('\x1b]11;?\x1b\\', '');
}

function assertNothingInjected(s: Session, context: string): void {
	assert.deepEqual(s.titles, [], `${context}: a window title was set`);
	assert.doesNotMatch(drawn(s), /\x1b[\]PX^_]|\x1b\[2J\x1b\[31m|[\x80-\x9f\u202e]/, `${context}: a sequence reached the terminal`);
	for (const payload of s.clipboard) {
		const text = Buffer.from(payload.replace(/^c;/, ''), 'base64').toString('utf8');
		assert.doesNotMatch(text, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, `${context}: the clipboard got a control: ${JSON.stringify(text)}`);
	}
}

/** Press each key of `keys` on its own (Ctrl-R then Y, not the two in one read). */
async function key(s: Session, keys: string, expect: RegExp): Promise<void> {
	await s.press(...[...keys].map(text => ({text})));
	await s.waitFor(expect);
	await s.idle(40);
}

function recorder(name: string): {program: string; got: () => string} {
	const record = join(dir, `${name}.got`);
	const program = join(dir, `${name}.sh`);
	writeFileSync(program, `#!/bin/sh\ncp "$1" "${record}"\n`);
	chmodSync(program, 0o755);
	return {program, got: () => readFileSync(record, 'utf8')};
}

for (const [name, file] of [
	['text', TEXT],
	['HTML with numeric entities', HTML],
] as const) {
	test(`hostile ${name}: y Y a | s e v and their Ctrl twins, on every tab`, async () => {
		const editor = recorder(`editor-${name.length}`);
		const pager = recorder(`pager-${name.length}`);
		const s = await open({args: [file], env: {VISUAL: undefined, EDITOR: editor.program, PAGER: pager.program}});
		assertNothingInjected(s, 'opening');
		for (const tab of ['1', '2', '4']) {
			await s.pressAndSettle([{text: tab}]);
			await s.pressAndSettle(['down']);
			for (const [keys, expect] of [
				['y', /Copied|Sent|Nothing to copy/],
				['\x19', /Copied|Sent|Nothing to copy/],
				['Y', /Copied|Sent|Nothing to copy/],
				['\x14', /Copied|Sent|Nothing to copy/],
				['ay', /(Copied|Sent) .* of the whole report/],
				['\x12Y', /(Copied|Sent) .* of the whole report/],
				['e', /Back from editor|report is unchanged/],
				['\x05', /Back from editor|report is unchanged/],
				['v', /Back from pager/],
				['\x0f', /Back from pager/],
			] as const) {
				await key(s, keys, expect);
				assertNothingInjected(s, `tab ${tab}, ${JSON.stringify(keys)}`);
			}
			// The prompts: their labels name the item in focus.
			for (const opener of ['|', '\x10', 's', '\x13']) {
				await key(s, opener, /Pipe .* to:|Save .* as:/);
				assertNothingInjected(s, `tab ${tab}, prompt ${JSON.stringify(opener)}`);
				await s.pressAndSettle(['escape']);
			}
		}
		// Pipe the whole report to cat: the overlay shows placeholders; y copies its output safely.
		await s.pressAndSettle([{text: 'a'}, {text: '|'}]);
		await s.press({text: 'cat'}, 'enter');
		await s.waitFor(/exit 0/);
		assert.match(s.text(), /八八战略␛/);
		await key(s, 'y', /(Copied|Sent) .* of the output/);
		assertNothingInjected(s, 'the output overlay');
		await s.pressAndSettle(['escape']);
		// The editor and the pager got the report as written.
		assert.ok(editor.got().length > 0 && pager.got().length > 0);
		// Save the whole report as text: the file holds every byte of the sections.
		const saved = `hostile-${name.length}.txt`;
		await s.pressAndSettle([{text: 'a'}, {text: 's'}]);
		await s.press({text: '\x15'}, {text: join(dir, saved)}, 'enter');
		await s.waitFor(/Saved the whole report/);
		assertNothingInjected(s, 'saving');
		const content = readFileSync(join(dir, saved), 'utf8');
		if (file === TEXT) assert.ok(content.includes(`八八战略${CLIP}`) && content.includes('\u202e倒置\u202c') && content.includes('\x9d0;c1-title\x9c'), JSON.stringify(content.slice(0, 300)));
		else assert.ok(content.includes(`八八战略${CLIP}`));
		assert.ok(s.clipboard.length >= 12, `${s.clipboard.length} copies`);
		await s.press({text: 'q'});
		assert.equal((await s.exited).exitCode, 0);
		assert.ok(readdirSync(dir).includes(saved));
	});
}
