// The terminal's bytes as events: what each sequence a terminal sends becomes, and that nothing
// plenum does not know becomes a key.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decode, type Decoded} from '../../source/ui/terminal/decode.ts';
import {TerminalInput} from '../../source/ui/terminal/input.ts';
import type {InputEvent} from '../../source/ui/terminal/decode.ts';

const keysOf = (events: Decoded[]) => events.map(e => (e.kind === 'key' ? Object.fromEntries(Object.entries({input: e.input, ...e.key}).filter(([, v]) => v !== false && v !== '')) : e));

test('text and control keys: a run of letters is one event, each control key its own', () => {
	assert.deepEqual(keysOf(decode('jjq\r\x7f\x1a\x0c\t').events), [{input: 'jjq'}, {input: '\r', return: true}, {backspace: true}, {input: 'z', ctrl: true}, {input: 'l', ctrl: true}, {input: '\t', tab: true}]);
	assert.deepEqual(keysOf(decode('G').events), [{input: 'G', shift: true}]);
	assert.deepEqual(keysOf(decode('八八战略').events), [{input: '八八战略'}]);
});

test('arrows, paging and editing keys, with their modifiers', () => {
	assert.deepEqual(keysOf(decode('\x1b[A\x1bOB\x1b[1;2B\x1b[5~\x1b[6;5~\x1b[H\x1b[4~\x1b[Z\x1b[3~').events), [
		{upArrow: true},
		{downArrow: true},
		{downArrow: true, shift: true},
		{pageUp: true},
		{pageDown: true, ctrl: true},
		{home: true},
		{end: true},
		{tab: true, shift: true},
		{delete: true},
	]);
});

test('function keys in every form terminals send, with Shift, Ctrl and Alt', () => {
	const fn = (bytes: string) => keysOf(decode(bytes).events);
	for (const f3 of ['\x1bOR', '\x1b[13~', '\x1b[[C', '\x1b[R']) assert.deepEqual(fn(f3), [{fn: 'f3'}], JSON.stringify(f3));
	for (const shiftF3 of ['\x1b[1;2R', '\x1bO2R', '\x1b[13;2~', '\x1b[25~']) assert.deepEqual(fn(shiftF3), [{fn: 'f3', shift: true}], JSON.stringify(shiftF3));
	assert.deepEqual(fn('\x1b[1;5P'), [{fn: 'f1', ctrl: true}]);
	assert.deepEqual(fn('\x1b[1;8S'), [{fn: 'f4', ctrl: true, shift: true, meta: true}]);
	assert.deepEqual(fn('\x1b[24;3~'), [{fn: 'f12', meta: true}]);
});

test('unknown sequences are dropped whole, and what follows them is read', () => {
	for (const unknown of ['\x1b[57399u', '\x1b[I', '\x1b[O', '\x1bOj', '\x1b[2;5~', '\x1b[99;99;99X', '\x1b[?1;2c', '\x1b]52;c;eA==\x07', '\x1b[12;5;9~']) {
		assert.deepEqual(
			keysOf(decode(`${unknown}j`).events).filter(e => e.kind !== 'attributes'),
			[{input: 'j'}],
			JSON.stringify(unknown),
		);
	}
});

test('a sequence cut between two reads waits for the rest; a lone Esc is the Escape key once no more comes', () => {
	const first = decode('j\x1b[1;');
	assert.deepEqual(keysOf(first.events), [{input: 'j'}]);
	assert.equal(first.rest, '\x1b[1;');
	assert.deepEqual(keysOf(decode(first.rest + '2R').events), [{fn: 'f3', shift: true}]);
	assert.deepEqual(keysOf(decode('\x1b', true).events), [{escape: true, meta: true}]);
	assert.deepEqual(keysOf(decode('\x1b\x1b[A').events), [{escape: true, meta: true}, {upArrow: true}]);
	assert.deepEqual(keysOf(decode('\x1bj').events), [{input: 'j', meta: true}]);
});

test('a bracketed paste is one event with its text as pasted, even across reads', () => {
	assert.deepEqual(
		decode('/\x1b[200~八八\n战略\x1b[201~\r').events.map(e => e.kind),
		['key', 'paste', 'key'],
	);
	assert.deepEqual(decode('\x1b[200~jjjjq\x1b[201~').events, [{kind: 'paste', text: 'jjjjq'}]);
	const cut = decode('\x1b[200~echo one\n');
	assert.deepEqual(cut.events, []);
	assert.deepEqual(decode(cut.rest + 'wc -c\x1b[201~').events, [{kind: 'paste', text: 'echo one\nwc -c'}]);
});

test('the mouse in SGR form: press, release, drag, wheel, modifiers, 0-based cells', () => {
	assert.deepEqual(decode('\x1b[<0;10;5M\x1b[<0;10;5m\x1b[<64;3;4M\x1b[<65;3;4M\x1b[<32;7;8M\x1b[<18;1;1M').events, [
		{kind: 'mouse', action: 'press', button: 'left', col: 9, row: 4, shift: false, alt: false, ctrl: false, clicks: 1},
		{kind: 'mouse', action: 'release', button: 'left', col: 9, row: 4, shift: false, alt: false, ctrl: false, clicks: 1},
		{kind: 'mouse', action: 'press', button: 'wheelUp', col: 2, row: 3, shift: false, alt: false, ctrl: false, clicks: 1},
		{kind: 'mouse', action: 'press', button: 'wheelDown', col: 2, row: 3, shift: false, alt: false, ctrl: false, clicks: 1},
		{kind: 'mouse', action: 'drag', button: 'left', col: 6, row: 7, shift: false, alt: false, ctrl: false, clicks: 1},
		{kind: 'mouse', action: 'press', button: 'right', col: 0, row: 0, shift: false, alt: false, ctrl: true, clicks: 1},
	]);
});

test("the terminal's answers: its background colour (OSC 11, BEL or ST), its attributes", () => {
	assert.deepEqual(decode('\x1b]11;rgb:ffff/ffff/ffff\x1b\\').events, [{kind: 'background', rgb: [255, 255, 255]}]);
	assert.deepEqual(decode('\x1b]11;rgb:1e/1e/2e\x07').events, [{kind: 'background', rgb: [30, 30, 46]}]);
	assert.deepEqual(decode('\x1b[?62;22c').events, [{kind: 'attributes'}]);
});

test('events wait for a listener, in order; answers go to whoever asked; a second press on a cell is a double click', () => {
	const input = new TerminalInput();
	const replies: string[] = [];
	input.onReply(r => replies.push(r.kind));
	input.write('jk\x1b]11;rgb:0/0/0\x07\x1b[<0;2;2M\x1b[<0;2;2m\x1b[<0;2;2M');
	const seen: InputEvent[] = [];
	input.subscribe(e => seen.push(e));
	assert.deepEqual(replies, ['background']);
	assert.deepEqual(
		seen.map(e => (e.kind === 'mouse' ? `${e.action}×${e.clicks}` : e.kind === 'key' ? e.input : e.kind)),
		['jk', 'press×1', 'release×1', 'press×2'],
	);
});

test('a listener that takes events while it can: the first it declines, and all after it, wait in order for the next', () => {
	const input = new TerminalInput();
	const label = (e: InputEvent) => (e.kind === 'key' ? e.input || Object.keys(e.key).find(k => e.key[k as keyof typeof e.key] === true) : e.kind);
	const taken: string[] = [];
	// Queued before anyone listens, then live: both paths stop at the first declined event.
	input.write('j');
	input.subscribeWhile(e => e.kind === 'key' && e.input === 'j' && (taken.push('j'), true));
	input.write('j');
	input.write('lj\x1b[B');
	input.write('j');
	const later: string[] = [];
	input.subscribe(e => later.push(label(e)!));
	assert.deepEqual(taken, ['j', 'j']);
	assert.deepEqual(later, ['lj', 'downArrow', 'j']);
});

test('a listener that declines one of the queued events leaves the rest queued behind it', () => {
	const input = new TerminalInput();
	input.write('j');
	input.write('\t');
	input.write('k');
	const taken: string[] = [];
	input.subscribeWhile(e => e.kind === 'key' && e.input !== '\t' && (taken.push(e.input), true));
	const later: string[] = [];
	input.subscribe(e => later.push(e.kind === 'key' ? e.input : e.kind));
	assert.deepEqual(taken, ['j']);
	assert.deepEqual(later, ['\t', 'k']);
});
