import {test} from 'node:test';
import assert from 'node:assert/strict';
import {makeState} from './fixture.ts';
import {key, press, DOWN, PGDN, PGUP, RIGHT, UP, type Press} from './keys.ts';
import {continueFrom, firstScreenMove} from '../../source/ui/state/first-moves.ts';
import {initialState} from '../../source/ui/state/reducer.ts';
import {initialPipe} from '../../source/ui/state/pipe-types.ts';
import {selectTarget, selectReaderTop} from '../../source/ui/state/selectors.ts';
import type {KeyEvent} from '../../source/ui/terminal/decode.ts';

const typed = (p: Press): KeyEvent => {
	const [input, k] = key(p);
	return {kind: 'key', input, key: k};
};

test('the first screen answers j/k, the arrows, Space/PgDn and b/PgUp as the browser does', () => {
	const s = makeState(80, 24);
	for (const p of ['j', DOWN, 'k', UP, ' ', PGDN, 'b', PGUP, 'jj'] as Press[]) {
		const moved = firstScreenMove(s, typed(p));
		assert.ok(moved, `${JSON.stringify(p)} was left for Ink`);
		assert.deepEqual(moved, press(s, p), `${JSON.stringify(p)} moved elsewhere than in the browser`);
	}
	assert.deepEqual(selectTarget(firstScreenMove(s, typed('jj'))!), {kind: 'section', id: 3});
	assert.notDeepEqual(selectReaderTop(firstScreenMove(s, typed(PGDN))!), selectReaderTop(s), 'PgDn did not scroll the reader');
});

test('any other key waits for Ink: tabs, focus, search, quit, a run of keys that holds one', () => {
	const s = makeState(80, 24);
	for (const p of ['l', RIGHT, '2', '\t', '/', 'q', ['c', {ctrl: true}], 'jl', 'G', 'x'] as Press[]) assert.equal(firstScreenMove(s, typed(p)), null, `${JSON.stringify(p)} was answered on the first screen`);
	assert.equal(firstScreenMove({...s, mode: 'help'}, typed('j')), null, 'a key in another mode than the list was answered');
});

test('Ink goes on from the place the first screen moved to, with its own options and the size it painted', () => {
	const painted = press(makeState(80, 24), 'j', PGDN);
	const fresh = {...initialState(painted.view, {cols: 100, rows: 30}, painted.colour, true, {timelines: true, compares: true}), pipe: initialPipe({noShell: true})};
	const start = continueFrom(painted, fresh);
	assert.notDeepEqual(painted.anchor, fresh.anchor, 'the keys did not move: nothing was tested');
	assert.deepEqual(selectTarget(start), selectTarget(painted));
	assert.deepEqual(start.anchor, painted.anchor);
	assert.deepEqual(start.size, painted.size, 'the size since is the app’s resize to apply');
	assert.equal(start.fromPicker, true);
	assert.equal(start.timelines, true);
	assert.equal(start.compares, true);
	assert.equal(start.pipe.noShell, true);
	assert.equal(continueFrom(painted, initialState(makeState().view, painted.size)).selected.sections, 0, 'a state painted for another view was carried over');
});
