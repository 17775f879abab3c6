// The keys the painted first screen answers itself, before Ink and React have loaded (a third of
// a second on a slow start): moves in the list and the reader, which need nothing but the reducer
// and the view the screen was painted from. Any other key, and every key after it, waits for Ink in
// the order typed. Ink then starts from the state these moves left, so nothing on screen jumps.
import type {State} from './types.ts';
import type {Command} from '../input/keymap.ts';
import type {KeyEvent} from '../terminal/decode.ts';
import {reducer} from './reducer.ts';
import {route} from '../input/router.ts';

/** j/k, ↓/↑, Space/PgDn and b/PgUp (or the keys the settings give these commands). */
const FIRST_SCREEN_COMMANDS: ReadonlySet<Command> = new Set(['down', 'up', 'pageDown', 'pageUp']);

/** Whether every command `input` stands for (keys typed faster than a read come as one) is a move. */
function onlyMoves(state: State, input: string, key: KeyEvent['key']): boolean {
	const actions = route(state.mode, input, key);
	if (actions.length === 0) return false;
	return actions.every(action => (action.type === 'command' ? FIRST_SCREEN_COMMANDS.has(action.command) : action.type === 'key' && action.input !== input && onlyMoves(state, action.input, action.key)));
}

/** The state after a key typed on the first screen, or null when the key must wait for Ink. */
export function firstScreenMove(state: State, event: KeyEvent): State | null {
	if (state.mode !== 'normal' || !onlyMoves(state, event.input, event.key)) return null;
	return reducer(state, {type: 'key', input: event.input, key: event.key});
}

/**
 * The state Ink starts from when the first screen was painted (`painted`, moved by the keys it
 * answered): its place in the lists and the reader and its size (a resize since is Ink's to
 * apply), with the browser's own options (`fresh`: what c, T, Esc and | may do).
 */
export function continueFrom(painted: State, fresh: State): State {
	if (painted.view !== fresh.view) return fresh;
	return {...painted, fromPicker: fresh.fromPicker, timelines: fresh.timelines, compares: fresh.compares, pipe: fresh.pipe};
}
