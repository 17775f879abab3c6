// The browser's first screen is painted from the report's outline before Ink has loaded; Ink then
// takes the screen over. What a user must never see: a cell that changes at the hand-over, a key
// typed early that is lost, a resize in between that leaves debris.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, INK_FRAME, type Cell, type Session} from './harness.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

function differences(before: Cell[], now: Cell[]): string[] {
	const key = (c: Cell) => `${c.row},${c.col}`;
	const at = new Map(now.map(c => [key(c), c]));
	const out: string[] = [];
	for (const c of before) {
		const d = at.get(key(c));
		if (JSON.stringify(c) !== JSON.stringify(d)) out.push(`${key(c)}: ${JSON.stringify(c)} → ${JSON.stringify(d)}`);
	}
	if (before.length !== now.length) out.push(`${before.length} cells → ${now.length}`);
	return out;
}

for (const [cols, rows, env] of [
	[80, 24, {}],
	[120, 40, {}],
	[100, 30, {NO_COLOR: '1'}],
] as const) {
	test(`${cols}×${rows}${'NO_COLOR' in env ? ' without colour' : ''}: the painted first screen is the one Ink draws, cell for cell`, async () => {
		const s = start({cols, rows, env, captureBefore: INK_FRAME});
		sessions.push(s);
		await s.waitForBrowser();
		await s.idle(100);
		assert.ok(s.before, 'Ink drew without a painted screen before it');
		const painted = s.before
			.filter(c => c.char !== ' ')
			.map(c => c.char)
			.join('');
		assert.match(painted, /市委召开八届九次全体/, 'the title was not painted');
		assert.match(painted, /Measures54/, 'the counts were not painted before Ink drew');
		assert.match(painted, /LIST│section1\/12/, 'the status bar was not painted');
		assert.deepEqual(differences(s.before, s.cells()), []);
		s.assertClean();
	});
}

test('keys typed on the painted screen, before Ink runs, are answered once it does', async () => {
	const s = start({cols: 100, rows: 30, typeWhen: {text: 'LIST │ section 1/12', keys: 'jj'}});
	sessions.push(s);
	await s.waitFor('LIST │ section 3/12');
	assert.equal(s.typedBeforeInk, true, 'Ink was already running when the keys were typed: nothing was tested');
	await s.idle(80);
	s.assertClean();
});

test('a resize between the painted screen and Ink leaves no debris', async () => {
	const s = start({cols: 100, rows: 30});
	sessions.push(s);
	await s.waitFor('LIST │ section 1/12');
	s.resize(84, 26);
	await s.waitForBrowser();
	await s.idle(150);
	s.assertClean('after the resize:');
	const screen = s.screen();
	assert.equal(screen.filter(row => row.includes('LIST │')).length, 1, screen.join('\n'));
	assert.match(screen[0], /市委召开八届九次全体/);
	assert.match(screen[screen.length - 2], /LIST │/, 'the status bar is not on the row above the last');
});
