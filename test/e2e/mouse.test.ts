// The mouse in a pseudo-terminal, as a terminal reports it in SGR (1006) form: the wheel scrolls
// the pane under the pointer, a click picks a tab or a list row, a double click opens the row;
// --no-mouse leaves the mouse to the terminal.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, type Session, type StartOptions} from './harness.ts';
import stringWidth from 'string-width';
import {listRows, readerRows, statusRow} from './panes.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

async function open(options: StartOptions = {}): Promise<Session> {
	const s = start({cols: 100, rows: 30, ...options});
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

/** What a terminal sends for the mouse at a 0-based cell. */
const at = (code: number, col: number, row: number, release = false) => `\x1b[<${code};${col + 1};${row + 1}${release ? 'm' : 'M'}`;
const click = (col: number, row: number) => at(0, col, row) + at(0, col, row, true);
const WHEEL_DOWN = 65;
const WHEEL_UP = 64;

test('mouse reporting is on (SGR 1006) while the browser runs, and off after it', async () => {
	const s = await open({reportAfterExit: true});
	assert.ok(s.output.includes('\x1b[?1006h') && s.output.includes('\x1b[?1000h'), 'mouse reporting was not switched on');
	await s.press({text: 'q'});
	await s.afterExit();
	assert.ok(s.output.lastIndexOf('\x1b[?1000l') > s.output.lastIndexOf('\x1b[?1000h'), 'mouse reporting was left on');
});

test('the wheel scrolls the pane under the pointer; a click picks a tab or a row; a double click opens it', async () => {
	const s = await open();
	// The divider's column, not its index in the row: a list row may hold Chinese, two columns a character.
	const first = s.screen()[3];
	const divider = stringWidth(first.slice(0, first.indexOf('│')));
	// The wheel over the reader scrolls the report; the list follows it.
	const top = readerRows(s)[0];
	for (let i = 0; i < 4; i++) await s.press({text: at(WHEEL_DOWN, divider + 10, 10)});
	await until(s, () => readerRows(s)[0] !== top && /READER │/.test(statusRow(s)), 'the wheel over the reader did not scroll it');
	for (let i = 0; i < 4; i++) await s.press({text: at(WHEEL_UP, divider + 10, 10)});
	await until(s, () => readerRows(s)[0] === top, 'the wheel back up did not return to the top');
	// The wheel over the list moves its selection, three rows a notch.
	await s.press({text: at(WHEEL_DOWN, 5, 8)});
	await until(s, () => /LIST │ section 4\/12/.test(statusRow(s)), 'the wheel over the list did not move the selection');
	// A click on a list row selects it.
	await s.press({text: click(5, 3 + 6)});
	await until(s, () => /LIST │ section 7\/12/.test(statusRow(s)) && /^> ?7 /.test(listRows(s)[6]), 'a click did not select §7');
	// A click on a tab's label switches to it.
	const tabs = s.screen()[2];
	await s.press({text: click(tabs.indexOf('Attendees'), 2)});
	await until(s, () => s.screen()[3].includes('Present'), 'a click on Attendees did not switch tabs');
	await s.press({text: click(s.screen()[2].indexOf('Terms'), 2)});
	await until(s, () => listRows(s)[0].startsWith('>') && listRows(s)[0].includes('“'), 'a click on Terms did not switch tabs');
	// A double click on a term opens it: the reader goes to its first occurrence.
	await s.press({text: click(5, 3 + 1) + click(5, 3 + 1)});
	await until(s, () => /READER │ .*hit 1\//.test(statusRow(s)) && listRows(s)[1].startsWith('>'), 'a double click did not open the term');
	s.assertClean('after the mouse');
	await s.press({text: 'q'});
	await s.exited;
});

test('--no-mouse leaves the mouse to the terminal: no reporting asked for', async () => {
	const s = await open({args: ['--no-mouse']});
	assert.ok(!s.output.includes('\x1b[?1000h') && !s.output.includes('\x1b[?1006h'), 'mouse reporting was switched on');
	await s.press({text: 'q'});
	await s.exited;
});
