// Connects Ink's keyboard to the router: the only useInput in the browser.
import {useInput} from 'ink';
import type {Dispatch} from 'react';
import type {Action, Mode} from '../state/types.ts';
import {route} from './router.ts';

export function useInputRouter(mode: Mode, dispatch: Dispatch<Action>, isActive = true): void {
	useInput(
		(input, key) => {
			for (const action of route(mode, input, key)) dispatch(action);
		},
		{isActive},
	);
}
