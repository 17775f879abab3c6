import {test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import {makeState, makeView} from './fixture.ts';
import {press, ENTER} from './keys.ts';
import {reducer} from '../../source/ui/state/reducer.ts';
import {App} from '../../source/ui/components/App.tsx';
import {OutputOverlay} from '../../source/ui/components/OutputOverlay.tsx';
import {CommandPrompt} from '../../source/ui/components/CommandPrompt.tsx';
import {statusText} from '../../source/ui/draw/screen-lines.ts';
import type {HandOver} from '../../source/ui/actions/hand-over.ts';
import {displayWidth} from '../../source/text/width.ts';
import {frameMatching, keys} from './live.ts';
import {TerminalInput} from '../../source/ui/terminal/input.ts';

test('| runs a real command in the app and shows its output and exit status', async () => {
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<App input={stdin} view={makeView()} size={{cols: 80, rows: 24}} colour={false} />);
	await frameMatching(lastFrame, /LIST │/);
	await keys(stdin, 'j', '|');
	await frameMatching(lastFrame, /Pipe §2 to:/);
	await keys(stdin, ...'sed s/全/Q/g');
	await frameMatching(lastFrame, /Pipe §2 to: sed s\/全\/Q\/g/);
	await keys(stdin, '\r');
	const frame = await frameMatching(lastFrame, /exit 0/);
	assert.match(frame, /\$ sed s\/全\/Q\/g {2}← §2, 46 characters/);
	assert.match(frame, /Q会指出,主要目标是/);
	assert.match(frame, /OUTPUT │ lines 1–1 of 1/);
	for (const line of frame.split('\n')) assert.ok(displayWidth(line) <= 80, line);
	await keys(stdin, '\x1b');
	await frameMatching(lastFrame, /LIST │ section 2\/5/);
	unmount();
});

test('y writes OSC 52 to the terminal and says how much it sent, and that no clipboard program took it', async () => {
	const written: string[] = [];
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<App input={stdin} view={makeView()} size={{cols: 140, rows: 24}} colour={false} pipeEnvironment={{writeTerminal: data => written.push(data), env: {}}} />);
	await frameMatching(lastFrame, /LIST │/);
	await keys(stdin, 'y');
	await frameMatching(lastFrame, /Sent 43 characters of §1 to the terminal \(OSC 52\); no clipboard program found/);
	for (let i = 0; i < 100 && written.length === 0; i++) await new Promise(r => setTimeout(r, 10));
	assert.equal(written.length, 1);
	const payload = /^\x1b\]52;c;([A-Za-z0-9+/=]*)\x07$/.exec(written[0])?.[1] ?? '';
	assert.equal(Buffer.from(payload, 'base64').toString('utf8'), makeView().report.sections[0].text + '\n');
	unmount();
});

test('e hands the terminal over and reports how the editor ended; --no-shell refuses', async () => {
	const opened: string[] = [];
	const handOver: HandOver = {run: program => (opened.push(program), {code: 0, signal: null, error: null})};
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<App input={stdin} view={makeView()} size={{cols: 100, rows: 24}} colour={false} pipeEnvironment={{handOver, env: {EDITOR: 'nano'}}} />);
	await frameMatching(lastFrame, /LIST │/);
	await keys(stdin, 'e');
	await frameMatching(lastFrame, /Back from nano; the report is unchanged\./);
	assert.deepEqual(opened, ['nano']);
	unmount();
	const offInput = new TerminalInput();
	const off = render(<App view={makeView()} size={{cols: 100, rows: 24}} colour={false} input={offInput} noShell pipeEnvironment={{handOver}} />);
	await frameMatching(off.lastFrame, /LIST │/);
	await keys(offInput, 'e');
	await frameMatching(off.lastFrame, /Commands are off \(--no-shell\)/);
	assert.deepEqual(opened, ['nano']);
	off.unmount();
});

test('the overlay shows output sanitized: colours dropped, other controls as placeholders, long lines wrapped', () => {
	let s = press(makeState(80, 24), '|', ...'x', ENTER);
	const run = s.pipe.output!.id;
	s = reducer(s, {type: 'pipe', event: {kind: 'output', run, text: `\x1b[31mred\x1b[0m \x1b]0;title\x07bell\x07\n${'长'.repeat(60)}\n`, truncated: true}});
	s = reducer(s, {type: 'pipe', event: {kind: 'done', run, status: 'exit 1', failed: true}});
	const {lastFrame, unmount} = render(<OutputOverlay state={s} />);
	const frame = lastFrame() ?? '';
	assert.ok(!frame.includes('\x1b]0;'), 'no OSC reaches the terminal');
	assert.match(frame, /^ \$ x {2}← §1, 43 characters +exit 1 · output cut$/m);
	assert.match(frame, /^ red ␛bell␇$/m);
	assert.equal((frame.match(/长/g) ?? []).length, 60);
	for (const line of frame.split('\n')) assert.ok(displayWidth(line) <= 80, line);
	assert.deepEqual(statusText({...s, mode: 'output'}).left, ' OUTPUT │ lines 1–3 of 3');
	unmount();
});

test('the prompt shows what goes where; the hints give way on a narrow terminal', () => {
	const wide = press(makeState(100, 24), 'a', '|', ...'sort');
	const {lastFrame, rerender, unmount} = render(<CommandPrompt state={wide} />);
	assert.match(lastFrame() ?? '', /^ Pipe the whole report to: sort +↑↓ history {2}Tab whole report {2}Esc cancel$/);
	const narrow = press(makeState(60, 24), 's');
	rerender(<CommandPrompt state={narrow} />);
	const frame = lastFrame() ?? '';
	assert.match(frame, /^ Save §1 as: 2020-12-12-section-1\.md/);
	assert.ok(displayWidth(frame) <= 60);
	unmount();
});
