// What the frame writer leaves on the screen, key after key, is what a whole redraw of the same
// state shows, cell for cell: the character (wide ones included), its colours and its weight. The
// writer sends only what differs from what it believes the screen holds (after a scroll, the rows
// the scroll displaced), so anything it believes wrongly shows here: after each step, Ctrl-L has
// the browser clear the screen and write it whole, and the two must agree.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, type Cell, type KeyName, type Session} from './harness.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

// An erased cell holds no character and a written blank a space: the terminal shows them alike.
const show = (cells: Cell[]) =>
	cells.map(c => `${c.row}:${c.col} ${JSON.stringify(c.char || ' ')} ${c.fg}/${c.bg}${c.inverse ? ' inverse' : ''}${c.bold ? ' bold' : ''}${c.dim ? ' dim' : ''}${c.underline ? ' underline' : ''}`);

async function sameAsRedrawn(s: Session, step: string): Promise<void> {
	await s.idle(80);
	const written = show(s.cells());
	await s.pressAndSettle([{text: '\x0c'}]);
	const redrawn = show(s.cells());
	const seen = new Set(redrawn);
	const differ = written.filter(cell => !seen.has(cell));
	assert.deepEqual(written, redrawn, `after ${step}, cells differ from a whole redraw: ${differ.slice(0, 8).join(', ')}\n${s.text()}`);
}

type Step = [string, (KeyName | {text: string})[] | ((s: Session) => void)];

// The search word 全会 is from the bundled report (data/shaoxing-2020-12-plenum.txt, its sections 2–4).
const STEPS: Step[] = [
	['the reader focused', [{text: 'l'}]],
	['j', [{text: 'j'}]],
	['j j j', [{text: 'j'}, {text: 'j'}, {text: 'j'}]],
	['k', [{text: 'k'}]],
	['a page down', ['space']],
	['a page up', [{text: 'b'}]],
	['the next section', [{text: '}'}]],
	['the list again', ['escape']],
	['a selection move', [{text: 'j'}, {text: 'j'}]],
	['the next tab', ['tab']],
	['a move in that tab', [{text: 'j'}]],
	['the tab before', ['shiftTab']],
	['a resize to 120×40', s => s.resize(120, 40)],
	['j in the reader at 120×40', [{text: 'l'}, {text: 'j'}, {text: 'j'}]],
	['a search', [{text: '/'}, {text: '全会'}, 'enter']],
	['the next match', [{text: 'n'}]],
	['a resize to 200×60', s => s.resize(200, 60)],
	['j and k in the reader at 200×60', [{text: 'j'}, {text: 'j'}, {text: 'k'}]],
];

// A bound on the whole walk: a wait that never ends (one hung for 30 minutes under a load of 20) fails
// the test instead of holding the suite.
test('after scrolls, pages, tab switches, resizes and a search, the screen is the whole redraw of it, cell for cell', {timeout: 120_000}, async () => {
	const s = start({cols: 200, rows: 60});
	sessions.push(s);
	await s.waitForBrowser();
	await sameAsRedrawn(s, 'the first frame');
	for (const [step, keys] of STEPS) {
		if (typeof keys === 'function') {
			keys(s);
			await s.idle(150);
		} else await s.pressAndSettle(keys);
		s.assertClean(step);
		await sameAsRedrawn(s, step);
	}
	await s.press({text: 'q'});
	await s.exited;
});
