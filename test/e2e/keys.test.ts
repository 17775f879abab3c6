// Keys as terminals really send them, in a pseudo-terminal: function keys with every modifier,
// sequences plenum does not know, and pastes. None may end the browser, none may be typed into a
// prompt, and a paste is text, never a run of commands.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, type Session} from './harness.ts';
import {statusRow, listRows} from './panes.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

async function open(): Promise<Session> {
	const s = start({cols: 100, rows: 30, reportAfterExit: true});
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

const ESC = '\x1b';
/** Ctrl, Ctrl-Shift, Ctrl-Alt and Ctrl-Alt-Shift with F1–F4, as xterm sends them (modifiers 5–8). */
const CTRL_F1_F4 = [5, 6, 7, 8].flatMap(m => ['P', 'Q', 'R', 'S'].map(f => `${ESC}[1;${m}${f}`));
/** Sequences no key of plenum's means: F5–F12 with modifiers, kitty's CSI u, focus reports, keypad keys, a DCS. */
const UNKNOWN = [`${ESC}[15;5~`, `${ESC}[24;8~`, `${ESC}[57399u`, `${ESC}[I`, `${ESC}[O`, `${ESC}Oj`, `${ESC}[2;5~`, `${ESC}[99;99;99X`, `${ESC}[1;3P`, `${ESC}[[E`];

test('Ctrl+F1…F4 and unknown sequences are ignored, never fatal, and never typed', async () => {
	const s = await open();
	for (const sequence of [...CTRL_F1_F4, ...UNKNOWN]) await s.press({text: sequence});
	// All at once too, as a fast key repeat delivers them.
	await s.press({text: CTRL_F1_F4.join('') + UNKNOWN.join('')});
	await s.pressAndSettle(['down']);
	await until(s, () => /LIST │ section 2\/12/.test(statusRow(s)), 'the browser did not answer a key after the sequences');
	await s.pressAndSettle([{text: '/'}]);
	for (const sequence of [...CTRL_F1_F4, ...UNKNOWN]) await s.press({text: sequence});
	await s.type('bbzl');
	await until(s, () => /^ filter Sections \/ bbzl +filter 3\/12/.test(statusRow(s)), 'the query is not exactly what was typed');
	await s.press('escape');
	await until(s, () => /LIST │/.test(statusRow(s)), 'Esc did not close the prompt');
	await s.press({text: 'q'});
	const {exitCode} = await s.afterExit();
	assert.equal(exitCode, 0);
	assert.doesNotMatch(s.text(), /unexpected error/);
});

test('Shift-F3 as xterm, tmux and rxvt send it goes to the previous match; Shift-F1/F2/F4 neither switch tabs nor type', async () => {
	for (const shiftF3 of [`${ESC}[1;2R`, `${ESC}O2R`, `${ESC}[13;2~`, `${ESC}[25~`]) {
		const s = await open();
		await s.pressAndSettle(['right']);
		await s.type('/bbzl');
		await until(s, () => /^ \/ bbzl .*match 1\/3/.test(statusRow(s)), 'no match for bbzl');
		// In the prompt: Shift-F3 goes back (wrapping to the last match), and types nothing.
		await s.press({text: shiftF3});
		await until(s, () => /^ \/ bbzl .*match 3\/3/.test(statusRow(s)), `${JSON.stringify(shiftF3)} in the prompt did not go to the previous match`);
		for (const other of [`${ESC}[1;2P`, `${ESC}[1;2Q`, `${ESC}[1;2S`, `${ESC}O2P`, `${ESC}O2S`]) await s.press({text: other});
		await s.press('enter');
		await until(s, () => /READER │ section 11\/12 .*match 3\/3/.test(statusRow(s)), 'Enter did not keep the search at match 3');
		// In the reader: Shift-F3 goes back again; the other shifted keys leave the tab alone.
		await s.press({text: shiftF3});
		await until(s, () => /READER │ section 5\/12 .*match 2\/3/.test(statusRow(s)), `${JSON.stringify(shiftF3)} in the reader did not go to the previous match`);
		for (const other of [`${ESC}[1;2P`, `${ESC}[1;2Q`, `${ESC}[1;2S`, `${ESC}O2S`]) await s.press({text: other});
		await s.pressAndSettle([{text: 'j'}]);
		assert.match(s.screen()[2], /^ *1 Sections.*$/);
		assert.doesNotMatch(statusRow(s), /RESULTS/);
		await s.press({text: 'q'});
		assert.equal((await s.afterExit()).exitCode, 0);
	}
});

test('bracketed paste is on while the browser runs; a paste types into a prompt and is ignored elsewhere', async () => {
	const s = await open();
	assert.ok(s.output.includes(`${ESC}[?2004h`), 'bracketed paste was not switched on');
	// Pasted letters are not commands: jjjj does not move, q does not quit.
	await s.paste('jjjjq');
	await s.pressAndSettle([{text: 'j'}]);
	await until(s, () => /LIST │ section 2\/12/.test(statusRow(s)), 'the paste acted as keys');
	// Into the pipe prompt: the line break becomes a space, and nothing runs.
	await s.pressAndSettle([{text: '|'}]);
	await s.waitFor('Pipe §2 to:');
	await s.paste('echo one\nwc -c');
	await until(s, () => /Pipe §2 to: echo one wc -c/.test(statusRow(s)), 'the paste did not land in the prompt as one line');
	assert.doesNotMatch(s.text(), /OUTPUT │/);
	await s.press('escape');
	await until(s, () => /LIST │/.test(statusRow(s)), 'Esc did not close the pipe prompt');
	// Into the search prompt.
	await s.pressAndSettle([{text: '/'}]);
	await s.paste('八八\n战略');
	await until(s, () => /^ filter Sections \/ 八八 战略 +filter 3\/12/.test(statusRow(s)), 'the paste did not search');
	await s.press('escape');
	await until(s, () => listRows(s).filter(r => /^[> ] ?\d+ /.test(r)).length === 12, 'Esc did not clear the filter prompt');
	await s.press({text: 'q'});
	assert.equal((await s.afterExit()).exitCode, 0);
	assert.ok(s.output.lastIndexOf(`${ESC}[?2004l`) > s.output.lastIndexOf(`${ESC}[?2004h`), 'bracketed paste was left on');
});

test("an input method's full-width punctuation works as the ASCII keys: 、／ search, ？ help, ｛｝「」 sections", async () => {
	for (const slash of ['、', '／']) {
		const s = await open();
		await s.pressAndSettle(['right']);
		await s.press({text: slash});
		await until(s, () => /^ \/ /.test(statusRow(s)), `${slash} did not open the search`);
		await s.type('bbzl');
		await until(s, () => /^ \/ bbzl .*match 1\/3/.test(statusRow(s)), `${slash}: the search did not run`);
		await s.press('escape');
		await until(s, () => /READER │/.test(statusRow(s)), 'Esc did not close the prompt');
		await s.press({text: '？'});
		await until(s, () => /HELP │/.test(statusRow(s)), '？ did not open the help');
		await s.press({text: '？'});
		await until(s, () => /READER │/.test(statusRow(s)), '？ did not close the help');
		for (const [next, previous] of [
			['｝', '｛'],
			['」', '「'],
		]) {
			await s.press({text: next});
			await until(s, () => /READER │ section 2\/12/.test(statusRow(s)), `${next} did not go to the next section`);
			await s.press({text: previous});
			await until(s, () => /READER │ section 1\/12/.test(statusRow(s)), `${previous} did not go back`);
		}
		await s.press({text: 'q'});
		assert.equal((await s.afterExit()).exitCode, 0);
	}
});
