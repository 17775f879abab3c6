import {test} from 'node:test';
import assert from 'node:assert/strict';
import {makeState} from './fixture.ts';
import {press, DOWN, UP, ENTER, ESC, TAB, CTRL_C, PGDN, END, HOME} from './keys.ts';
import {reducer} from '../../source/ui/state/reducer.ts';
import type {State} from '../../source/ui/state/types.ts';
import type {PipeEvent} from '../../source/ui/state/pipe-types.ts';
import {helpLines} from '../../source/ui/view/help.ts';
import {selectOutputRows, selectOutputTop} from '../../source/ui/state/pipe-selectors.ts';
import {typed} from '../../source/ui/input/pipe-keys.ts';

const send = (s: State, event: PipeEvent) => reducer(s, {type: 'pipe', event});
const typeText = (s: State, text: string) => press(s, ...[...text]);

test('| opens the prompt; Enter runs the command with the focused text on stdin, never on the command line', () => {
	let s = press(makeState(), 'j');
	s = press(s, '|');
	assert.equal(s.mode, 'prompt');
	s = typeText(s, 'wc -m');
	assert.equal(s.pipe.prompt?.text, 'wc -m');
	s = press(s, ENTER);
	assert.equal(s.mode, 'output');
	const effect = s.pipe.effect;
	assert.equal(effect?.kind, 'run');
	if (effect?.kind !== 'run') return;
	assert.equal(effect.command, 'wc -m');
	assert.equal(effect.input, s.view.report.sections[1].text + '\n');
	assert.equal(s.pipe.output?.input, '§2, 46 characters');
	assert.deepEqual(s.pipe.history.pipe, ['wc -m']);
});

test('↑/↓ recall this session’s commands and give back what was being typed', () => {
	let s = makeState();
	for (const command of ['wc -m', 'grep 全会']) {
		s = typeText(press(s, '|'), command);
		s = press(s, ENTER, ESC);
	}
	s = typeText(press(s, '|'), 'so');
	s = press(s, UP);
	assert.equal(s.pipe.prompt?.text, 'grep 全会');
	assert.equal(s.pipe.prompt?.cursor, 'grep 全会'.length);
	s = press(s, UP, UP);
	assert.equal(s.pipe.prompt?.text, 'wc -m');
	s = press(s, DOWN);
	assert.equal(s.pipe.prompt?.text, 'grep 全会');
	s = press(s, DOWN, DOWN);
	assert.equal(s.pipe.prompt?.text, 'so');
	// Recalled, edited and run again: the history keeps one entry per command, newest last.
	s = press(s, UP, UP, ENTER);
	assert.deepEqual(s.pipe.history.pipe, ['grep 全会', 'wc -m']);
});

test('in the prompt letters are text, Esc and Ctrl-C close it without quitting', () => {
	let s = typeText(press(makeState(), '|'), 'q?jy');
	assert.equal(s.pipe.prompt?.text, 'q?jy');
	assert.equal(s.quit, false);
	s = press(s, ESC);
	assert.equal(s.mode, 'normal');
	s = press(s, '|', CTRL_C);
	assert.equal(s.mode, 'normal');
	assert.equal(s.quit, false);
});

test('keys that arrive together are read as typed: Backspaces, then the text with its Enter', () => {
	assert.deepEqual(typed('ab\x7f\x7fc\r'), {edits: [{insert: 'ab'}, {remove: 'back'}, {remove: 'back'}, {insert: 'c'}], submit: true});
	assert.deepEqual(typed('x\x1by'), {edits: [{insert: 'xy'}], submit: false});
	let s = press(makeState(), '|');
	s = press(s, 'false\r');
	assert.equal(s.mode, 'output');
	assert.equal(s.pipe.output?.command, 'false');
});

test('the output overlay scrolls, Ctrl-C cancels a running command without quitting, Esc closes', () => {
	let s = typeText(press(makeState(), '|'), 'seq 100');
	s = press(s, ENTER);
	const run = s.pipe.output!.id;
	s = send(s, {kind: 'output', run, text: Array.from({length: 100}, (_, i) => `line ${i + 1}`).join('\n') + '\n', truncated: false});
	assert.equal(selectOutputRows(s).length, 100);
	s = press(s, 'j', PGDN);
	assert.equal(selectOutputTop(s), 1 + 17);
	s = press(s, END);
	assert.equal(selectOutputTop(s), 100 - 18);
	s = press(s, HOME);
	assert.equal(selectOutputTop(s), 0);
	s = press(s, CTRL_C);
	assert.equal(s.quit, false);
	assert.equal(s.pipe.effect?.kind, 'cancel');
	assert.equal(s.pipe.output?.status, 'cancelling…');
	s = send(s, {kind: 'done', run, status: 'cancelled', failed: true});
	assert.equal(s.pipe.output?.running, false);
	assert.equal(s.pipe.output?.status, 'cancelled');
	// A late event from an earlier run changes nothing.
	assert.equal(send(s, {kind: 'output', run: run - 1, text: 'stale', truncated: false}), s);
	s = press(s, ESC);
	assert.equal(s.mode, 'normal');
	assert.equal(s.pipe.output, null);
	// With nothing running, Ctrl-C in the overlay quits as everywhere.
	s = press(typeText(press(s, '|'), 'true'), ENTER);
	s = send(s, {kind: 'done', run: s.pipe.output!.id, status: 'exit 0', failed: false});
	assert.equal(press(s, CTRL_C).quit, true);
});

test('Esc on a running command closes the overlay and cancels the command', () => {
	let s = press(typeText(press(makeState(), '|'), 'sleep 30'), ENTER);
	s = press(s, ESC);
	assert.equal(s.mode, 'normal');
	assert.equal(s.pipe.effect?.kind, 'cancel');
});

test('y and Y ask for a copy, saying how many characters of what; a takes the whole report for the next one only', () => {
	let s = press(makeState(), 'j', 'y');
	assert.deepEqual({kind: s.pipe.effect?.kind, text: s.pipe.effect?.kind === 'copy' && s.pipe.effect.text}, {kind: 'copy', text: s.view.report.sections[1].text + '\n'});
	assert.equal(s.pipe.effect?.kind === 'copy' && s.pipe.effect.what, '46 characters of §2');
	s = press(s, 'Y');
	assert.match((s.pipe.effect?.kind === 'copy' && s.pipe.effect.what) || '', /^\d+ characters of §2 with its citation/);
	s = press(s, 'a');
	assert.equal(s.pipe.scope, 'report');
	s = press(s, 'y');
	assert.match((s.pipe.effect?.kind === 'copy' && s.pipe.effect.what) || '', /of the whole report/);
	assert.equal(s.pipe.scope, 'focused');
	s = press(s, 'a', 'j');
	assert.equal(s.pipe.scope, 'focused', 'any other command drops the prefix');
	s = press(s, 'a', 'a');
	assert.equal(s.pipe.scope, 'focused', 'a again takes it back');
	// Ctrl-Y and Ctrl-T for when an input method swallows letters.
	assert.equal(press(makeState(), ['y', {ctrl: true}]).pipe.effect?.kind, 'copy');
	const cited = press(makeState(), ['t', {ctrl: true}]).pipe.effect;
	assert.match((cited?.kind === 'copy' && cited.what) || '', /with its citation/);
});

test('--no-shell: |, e and v only say why; y and s still work', () => {
	const s = {...makeState(), pipe: {...makeState().pipe, noShell: true}};
	for (const key of ['|', 'e', 'v']) {
		const t = press(s, key);
		assert.equal(t.mode, 'normal');
		assert.equal(t.pipe.effect, null);
		assert.match(t.message ?? '', /--no-shell/);
	}
	assert.equal(press(s, 'y').pipe.effect?.kind, 'copy');
	assert.equal(press(s, 's').mode, 'prompt');
});

test('e and v ask to open the focused text in the editor or the pager', () => {
	const s = press(makeState(), '2', 'e');
	assert.deepEqual(s.pipe.effect, {id: 1, kind: 'open', program: 'editor', text: '1. 确保经济实力“30强”\n2. 奋力打造“重要窗口”\n', stem: '2020-12-12-measures-主要目标'});
	const v = press(makeState(), ['o', {ctrl: true}]);
	assert.equal(v.pipe.effect?.kind === 'open' && v.pipe.effect.program, 'pager');
});

test('s suggests a name, Tab switches to the whole report, Enter asks to save in the format of the extension', () => {
	let s = press(makeState(), 'j', 's');
	assert.equal(s.pipe.prompt?.text, '2020-12-12-section-2.md');
	assert.equal(s.pipe.prompt?.cursor, s.pipe.prompt?.text.length);
	s = press(s, TAB);
	assert.equal(s.pipe.prompt?.text, '2020-12-12-report.md');
	s = press(s, TAB);
	for (let i = 0; i < 2; i++) s = press(s, {backspace: true});
	s = typeText(s, 'json');
	s = press(s, ENTER);
	const effect = s.pipe.effect;
	assert.equal(effect?.kind, 'save');
	if (effect?.kind !== 'save') return;
	assert.equal(effect.path, '2020-12-12-section-2.json');
	assert.deepEqual(JSON.parse(effect.content).sections, [s.view.report.sections[1]]);
	assert.equal(effect.replace, false);
	// The file was there: the prompt comes back, and Enter on the same name replaces it.
	s = send(s, {kind: 'saveTaken', path: effect.path});
	assert.equal(s.mode, 'prompt');
	s = press(s, ENTER);
	assert.equal(s.pipe.effect?.kind === 'save' && s.pipe.effect.replace, true);
});

test('the help lists the pipe keys with their non-letter twins', () => {
	const lines = helpLines();
	const group = lines.findIndex(l => l.kind === 'group' && l.keys === 'Pipe and copy');
	assert.ok(group > 0);
	const keys = lines.slice(group + 1, group + 8).map(l => l.keys);
	assert.deepEqual(keys, ['| ｜ Ctrl-P', 'y Ctrl-Y', 'Y Ctrl-T', 'e Ctrl-E', 'v Ctrl-O', 's Ctrl-S', 'a Ctrl-R']);
});

test('y in the output overlay copies what the command printed, colour codes aside', () => {
	let s = press(typeText(press(makeState(), '|'), 'sort'), ENTER);
	s = send(s, {kind: 'output', run: s.pipe.output!.id, text: '\x1b[1m全会\x1b[0m 3\n', truncated: false});
	s = press(s, 'y');
	assert.deepEqual(s.pipe.effect?.kind === 'copy' && s.pipe.effect.text, '全会 3\n');
	assert.equal(s.pipe.effect?.kind === 'copy' && s.pipe.effect.what, '5 characters of the output');
	assert.equal(s.mode, 'output');
});
