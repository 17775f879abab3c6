// Connects the terminal's input (terminal/input.ts) to the reducer: the only reader of keys in
// the browser. Keys are routed in the reducer (action 'key'), by the mode the state is in when the
// key is applied: a handler here would see the mode of the last render, and keys that arrive
// together (`/q` in one read, a paste) would be routed by the mode before the first of them.
import {useEffect, type Dispatch} from 'react';
import type {Action} from '../state/types.ts';
import type {KeySource} from '../terminal/input.ts';
import type {InputEvent} from '../terminal/decode.ts';

function action(event: InputEvent): Action {
	switch (event.kind) {
		case 'key':
			return {type: 'key', input: event.input, key: event.key};
		case 'paste':
			return {type: 'paste', text: event.text};
		case 'mouse':
			return {type: 'mouse', event};
	}
}

export function useInputRouter(source: KeySource | undefined, dispatch: Dispatch<Action>): void {
	useEffect(() => (source ? source.subscribe(event => dispatch(action(event))) : undefined), [source, dispatch]);
}
