// Connects Ink's keyboard to the router: the only useInput in the browser. Keys are routed in the
// reducer (action 'key'), by the mode the state is in when the key is applied: a handler here
// would see the mode of the last render, and keys that arrive together (`/q` in one read, a
// paste) would be routed by the mode before the first of them.
import {useInput} from 'ink';
import type {Dispatch} from 'react';
import type {Action} from '../state/types.ts';

export function useInputRouter(dispatch: Dispatch<Action>, isActive = true): void {
	useInput((input, key) => dispatch({type: 'key', input, key}), {isActive});
}
