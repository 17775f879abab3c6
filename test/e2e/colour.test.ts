// Colour and the lack of it in a pseudo-terminal: FORCE_COLOR=0 turns colour off but keeps every
// highlight (in inverse, bold and underline, as NO_COLOR does); TERM=dumb gets the outline as on a
// pipe, never a screen it cannot draw.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, ROOT, type Session} from './harness.ts';
import {statusRow, listRows} from './panes.ts';
import {parseReport} from '../../source/parse/index.ts';

const report = parseReport(readFileSync(join(ROOT, 'data', 'shaoxing-2020-12-plenum.txt'), 'utf8'));
const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

async function until(s: Session, check: () => boolean, what: string): Promise<void> {
	try {
		await s.waitFor(() => check(), 8000);
	} catch {
		assert.fail(`${what}; screen:\n${s.text()}`);
	}
}

test('FORCE_COLOR=0: no colour, and the tab, the selection and the current occurrence still stand out', async () => {
	const s = start({cols: 100, rows: 30, env: {FORCE_COLOR: '0', NO_COLOR: undefined}});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	const cells = () => s.cells();
	assert.ok(
		cells().every(c => c.fg === 'default' && c.bg === 'default'),
		'a coloured cell under FORCE_COLOR=0',
	);
	const row = (n: number) => cells().filter(c => c.row === n);
	assert.ok(
		row(2).some(c => c.inverse && c.char === 'S'),
		'the current tab is not marked',
	);
	assert.ok(
		row(3)
			.slice(2, 10)
			.every(c => c.inverse),
		'the selected list row is not inverse',
	);
	const term = report.terms.find(t => t.count >= 2)!;
	await s.pressAndSettle([{text: '4'}, ...Array.from({length: report.terms.indexOf(term)}, () => 'down' as const)]);
	await until(s, () => listRows(s).some(r => r.startsWith('>') && r.includes(term.text)), `the term ${term.text} is not selected`);
	await s.pressAndSettle(['enter']);
	await until(s, () => /hit 1\//.test(statusRow(s)), 'Enter did not go to the first occurrence');
	const listWidth = s.screen()[3].indexOf('│');
	const marked = () =>
		cells()
			.filter(c => c.row >= 3 && c.row < s.rows - 2 && c.col > listWidth + 1 && c.inverse)
			.map(c => c.char)
			.join('');
	await until(s, () => marked().includes(term.text.slice(0, 2)), 'the current occurrence is not inverse');
	await s.press({text: 'q'});
	await s.exited;
});

test('TERM=dumb: the outline is printed as on a pipe, with no screen drawn and no escape codes', async () => {
	const s = start({cols: 100, rows: 40, env: {TERM: 'dumb'}, reportAfterExit: true});
	sessions.push(s);
	const {exitCode} = await s.afterExit();
	assert.equal(exitCode, 0);
	assert.ok(!s.output.includes('\x1b[?1049h'), 'the alternate screen was used');
	const before = s.output.slice(0, s.output.indexOf('__PLENUM_EXIT='));
	assert.doesNotMatch(before, /\x1b/, 'escape codes were written to a dumb terminal');
	assert.match(before, /Sections \(12\)/);
	assert.match(before, /市委召开八届九次全体/);
});
