// The browser's one sanitizing boundary (draw/paint.ts → text/sanitize.ts screenText): labels,
// prompts, status messages and overlay titles built from report text never carry its escape
// sequences to the terminal, and what y and Y put on the clipboard cannot type into a shell.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import {makeReport} from './fixture.ts';
import {frameMatching, keys} from './live.ts';
import {App} from '../../source/ui/components/App.tsx';
import {buildView} from '../../source/ui/view/view.ts';
import type {Report} from '../../source/model/report.ts';
import type {HandOver} from '../../source/ui/actions/hand-over.ts';
import {osc52} from '../../source/ui/actions/clipboard.ts';
import {paintLine} from '../../source/ui/draw/paint.ts';
import {TerminalInput} from '../../source/ui/terminal/input.ts';

const CLIP = '\x1b]52;c;cm0gLXJmIH4=\x07';
const TITLE = '\x1b]0;owned\x07';

function hostileReport(): Report {
	const report = makeReport();
	return {
		...report,
		sections: report.sections.map(s => (s.id === 4 ? {...s, text: `全会指出，要坚持“八八战略${CLIP}”。${s.text}`} : s)),
		measures: report.measures.map(m => ({...m, group: `主要目标${TITLE}`})),
		people: report.people.map((p, i) => (i === 0 ? {...p, name: `马卫光${TITLE}`} : p)),
		terms: [{text: `八八战略${CLIP}`, count: 1, sections: [4]}, ...report.terms],
	};
}

/** Nothing that drives a terminal: with colour off, no ESC at all, no C1, no BEL, no bidi. */
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

function assertSafe(frames: string[], context: string): void {
	for (const frame of frames) assert.doesNotMatch(frame, UNSAFE, `${context}: ${JSON.stringify(frame.slice(0, 300))}`);
}

test('every key that labels, copies, pipes or saves text draws it through the boundary', async () => {
	const written: string[] = [];
	const handOver: HandOver = {run: () => ({code: 0, signal: null, error: null})};
	// Keys as the terminal sends them, through plenum's key reader.
	const stdin = new TerminalInput();
	const {lastFrame, frames, unmount} = render(
		<App input={stdin} view={buildView(hostileReport())} size={{cols: 100, rows: 24}} colour={false} pipeEnvironment={{writeTerminal: data => written.push(data), handOver, env: {EDITOR: 'ed', PAGER: 'more'}}} />,
	);
	await frameMatching(lastFrame, /LIST │/);
	const steps: [string[], RegExp][] = [
		[['4', 'y'], /Sent .* of “八八战略␛”/],
		[['Y'], /with its citation/],
		[['|'], /Pipe “八八战略␛” to:/],
		[[...'cat', '\r'], /exit 0/],
		[['\x1b', 's'], /Save “八八战略␛” as:/],
		[['\x1b', 'e'], /Back from ed/],
		[['v'], /Back from more/],
		[['2', 'y'], /Sent .* of 主要目标␛ \(2 items\)/],
		[['|'], /Pipe 主要目标␛ \(2 items\) to:/],
		[['\x1b', '3', 'Y'], /(with its citation|no text for 马卫光␛)/],
		[['a', 'y'], /Sent .* of the whole report/],
	];
	for (const [presses, expected] of steps) {
		await keys(stdin, ...presses);
		await frameMatching(lastFrame, expected);
		assertSafe(frames, presses.join(''));
	}
	// A paste with escape sequences into the prompt keeps no control; the command's output,
	// which does print them, is shown with placeholders, its title drawn on every spinner tick.
	await keys(stdin, '\x1b', '|', `echo ${TITLE}; printf '\\033]52;c;cm0=\\007'; sleep 0.3`);
	await frameMatching(lastFrame, /Pipe .* to: .*sleep 0\.3/);
	assertSafe(frames, 'pasted command');
	await keys(stdin, '\r');
	await frameMatching(lastFrame, /\$ echo .*exit 0/);
	await new Promise(r => setTimeout(r, 250));
	assertSafe(frames, 'overlay title and spinner ticks');
	unmount();
	assert.ok(written.length >= 4, `${written.length} copies`);
	for (const sequence of written) {
		const payload = /^\x1b\]52;c;([A-Za-z0-9+/=]*)\x07$/.exec(sequence)?.[1];
		assert.ok(payload !== undefined, JSON.stringify(sequence));
		assert.doesNotMatch(Buffer.from(payload, 'base64').toString('utf8'), /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
	}
});

test('OSC 52 payloads show controls as placeholders: no ESC [ 201 ~ to end a paste, no CR to press Enter', () => {
	const decoded = (sequence: string) => Buffer.from(/52;c;([^\x07]*)\x07/.exec(sequence)![1], 'base64').toString('utf8');
	assert.equal(decoded(osc52('ls\x1b[201~rm -rf ~\rok\r\nnext\ttab')), 'ls␛[201~rm -rf ~␍ok\nnext\ttab');
	const tmux = osc52('a\x1b]0;x\x07b', {tmux: true});
	assert.equal(decoded(tmux), 'a␛]0;x␇b');
});

test('paintLine, the boundary, shows any control a segment holds as a placeholder', () => {
	const line = paintLine({segments: [{text: `状态${TITLE}\x9b2J\u202e`, style: 'plain'}], width: 30}, false);
	assert.doesNotMatch(line, UNSAFE);
	assert.match(line, /^状态␛␚2J␚ +$/);
});
