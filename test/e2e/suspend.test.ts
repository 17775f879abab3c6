// Ctrl-Z and Ctrl-L in a pseudo-terminal. Ctrl-Z under an interactive bash with job control: the
// shell gets its terminal back as it was (main screen, cooked mode, no mouse reports), and fg
// brings the browser back exactly where it was. Ctrl-L draws the screen again over whatever another
// program wrote on it.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {start, isCooked, type Session} from './harness.ts';
import {statusRow} from './panes.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

async function until(s: Session, check: () => boolean, what: string): Promise<void> {
	try {
		await s.waitFor(() => check(), 10000);
	} catch {
		assert.fail(`${what}; screen:\n${s.text()}`);
	}
}

test('Ctrl-Z suspends to the shell with the terminal restored; fg brings the browser back as it was', async () => {
	const s = start({cols: 100, rows: 30, shell: 'exec bash --norc --noprofile -i', env: {PS1: 'shell$ ', HISTFILE: '/dev/null'}});
	sessions.push(s);
	await s.waitFor('shell$');
	await s.press({text: '"$NODE" "$PLENUM_CLI"\r'});
	await s.waitForBrowser();
	await s.pressAndSettle(['down', 'right']);
	await until(s, () => /READER │ section 2\/12/.test(statusRow(s)), 'the browser did not move to §2');
	const before = s.screen().map(row => row.trimEnd());
	const mark = s.output.length;
	await s.press({text: '\x1a'});
	await until(s, () => !s.altScreen && /Stopped/.test(s.text()) && /shell\$ *$/m.test(s.text()), 'Ctrl-Z did not give the shell its terminal back');
	const left = s.output.slice(mark);
	assert.ok(left.includes('\x1b[?1000l') && left.includes('\x1b[?2004l') && left.includes('\x1b[?25h'), 'mouse, paste or cursor left as plenum set them');
	const sttyMark = s.output.length;
	await s.press({text: 'stty -a\r'});
	await until(s, () => /icanon/.test(s.output.slice(sttyMark)), 'stty printed nothing');
	assert.ok(isCooked(s.output.slice(sttyMark)), `the shell got the terminal in raw mode:\n${s.output.slice(sttyMark)}`);
	await s.press({text: 'fg\r'});
	await until(s, () => s.altScreen && /READER │ section 2\/12/.test(statusRow(s)), 'fg did not bring the browser back');
	await s.idle(100);
	assert.deepEqual(
		s.screen().map(row => row.trimEnd()),
		before,
		'the browser came back different',
	);
	s.assertClean('after fg');
	// Still answering keys, and quitting back to the shell.
	await s.pressAndSettle([{text: 'j'}]);
	await s.press({text: 'q'});
	await until(s, () => !s.altScreen && /shell\$ *$/m.test(s.text()), 'q did not return to the shell');
	await s.press({text: 'exit\r'});
	await s.exited;
});

test('Ctrl-L draws the whole screen again over what another program wrote on it', async () => {
	const s = start({cols: 100, rows: 30});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(80);
	const before = s.screen().map(row => row.trimEnd());
	await s.scribble('\x1b[5;10HBroadcast message from root: the system is going down\x1b[29;1Hjunk junk junk');
	assert.notDeepEqual(s.screen(), before);
	await s.press({text: '\x0c'});
	await until(s, () => !s.text().includes('Broadcast') && !s.text().includes('junk'), 'Ctrl-L did not clear what was written over the screen');
	await s.idle(60);
	assert.deepEqual(
		s.screen().map(row => row.trimEnd()),
		before,
	);
	await s.press({text: 'q'});
	await s.exited;
});

// The Compare view and the library view write their frames by position too (terminal/frame-writer.ts):
// after Ctrl-L the whole frame is written again, not only what changed since the last one.
const PAIRS = join(import.meta.dirname, '..', 'compare', 'pairs', '01-ccdi20-2nd-3rd');
const RAW = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'raw');

for (const view of ['Compare view', 'library view'] as const) {
	test(`Ctrl-L in the ${view} draws its whole screen again over what another program wrote on it`, async () => {
		let args: string[];
		let env: Record<string, string> = {};
		if (view === 'Compare view') args = [join(PAIRS, 'old.txt'), join(PAIRS, 'new.html'), '--compare'];
		else {
			const dir = tempDir('suspend-library');
			for (const name of readdirSync(RAW)) copyFileSync(join(RAW, name), join(dir, name));
			args = [dir];
			env = {XDG_CACHE_HOME: tempDir('suspend-cache')};
		}
		const s = start({cols: 110, rows: 30, args, env});
		sessions.push(s);
		await s.waitFor(view === 'Compare view' ? 'COMPARE │' : '11 reports in', 20000);
		await s.idle(80);
		const before = s.screen().map(row => row.trimEnd());
		await s.scribble('\x1b[5;10HBroadcast message from root: the system is going down\x1b[29;1Hjunk junk junk');
		assert.notDeepEqual(s.screen(), before);
		await s.press({text: '\x0c'});
		await until(s, () => !s.text().includes('Broadcast') && !s.text().includes('junk'), 'Ctrl-L did not clear what was written over the screen');
		await s.idle(60);
		assert.deepEqual(
			s.screen().map(row => row.trimEnd()),
			before,
		);
		await s.press({text: 'q'});
		await s.exited;
	});
}
