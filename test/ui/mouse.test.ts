// The mouse through the reducer: what each click and turn of the wheel does, by where it lands.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {makeState, topRow} from './fixture.ts';
import {reducer} from '../../source/ui/state/reducer.ts';
import {selectGeometry, selectTarget} from '../../source/ui/state/selectors.ts';
import type {MouseButton} from '../../source/ui/terminal/decode.ts';
import type {State} from '../../source/ui/state/types.ts';
import {press} from './keys.ts';

const mouse = (s: State, button: MouseButton, col: number, row: number, clicks = 1): State =>
	reducer(s, {type: 'mouse', event: {kind: 'mouse', action: 'press', button, col, row, shift: false, alt: false, ctrl: false, clicks}});

test('the wheel scrolls the reader under the pointer and moves the list under it', () => {
	const s = makeState(80, 24);
	const reader = selectGeometry(s).listWidth + 5;
	const scrolled = mouse(s, 'wheelDown', reader, 10);
	assert.equal(topRow(scrolled), 3);
	assert.equal(scrolled.focus, 'reader');
	assert.equal(topRow(mouse(scrolled, 'wheelUp', reader, 10)), 0);
	assert.deepEqual(selectTarget(mouse(s, 'wheelDown', 3, 10)), {kind: 'section', id: 4});
});

test('a click selects a tab or a row, a double click opens the row; the header and prompts ignore it', () => {
	const s = makeState(80, 24);
	assert.equal(mouse(s, 'left', 20, 2).tab, 'measures');
	assert.deepEqual(selectTarget(mouse(s, 'left', 4, 5)), {kind: 'section', id: 3});
	const terms = press(s, '4');
	const opened = mouse(terms, 'left', 4, 4, 2);
	assert.equal(opened.focus, 'reader');
	assert.equal(opened.hit.terms, 0);
	assert.equal(mouse(s, 'left', 4, 0), s);
	const prompt = press(s, '/');
	assert.equal(mouse(prompt, 'wheelDown', 50, 10), prompt);
});

test('in the help the wheel scrolls it', () => {
	const help = press(makeState(80, 16), '?');
	assert.equal(mouse(help, 'wheelDown', 10, 6).helpTop, 3);
});
