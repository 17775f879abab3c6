// Feeds key presses through the input router and the reducer, as the app does.
import type {Key} from 'ink';
import {route} from '../../source/ui/input/router.ts';
import {reducer} from '../../source/ui/state/reducer.ts';
import {NO_KEY} from '../../source/ui/terminal/decode.ts';
import type {State} from '../../source/ui/state/types.ts';

export type Press = string | Partial<Key> | [string, Partial<Key>];

export function key(press: Press): [string, Key] {
	if (typeof press === 'string') return [press, {...NO_KEY, shift: /^[A-Z]$/.test(press)}];
	if (Array.isArray(press)) return [press[0], {...NO_KEY, ...press[1]}];
	return ['', {...NO_KEY, ...press}];
}

export function press(state: State, ...presses: Press[]): State {
	for (const p of presses) {
		const [input, k] = key(p);
		for (const action of route(state.mode, input, k)) state = reducer(state, action);
	}
	return state;
}

export const DOWN: Press = {downArrow: true};
export const UP: Press = {upArrow: true};
export const LEFT: Press = {leftArrow: true};
export const RIGHT: Press = {rightArrow: true};
export const ENTER: Press = {return: true};
export const ESC: Press = {escape: true, meta: true};
export const TAB: Press = {tab: true};
export const SHIFT_TAB: Press = {tab: true, shift: true};
export const PGDN: Press = {pageDown: true};
export const PGUP: Press = {pageUp: true};
export const HOME: Press = {home: true};
export const END: Press = {end: true};
export const CTRL_C: Press = ['c', {ctrl: true}];
