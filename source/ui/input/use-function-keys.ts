// F2 and F3 (with Shift) as non-letter keys for search. Ink turns function keys into an empty
// input with no key flag set, so they are recognised here from the raw sequences Ink's own
// parser splits the input into, then routed like any other key (in the reducer). Ink's useInput sees them too,
// but as an empty key that no binding matches.
import {useEffect} from 'react';
import {useStdin, type Key} from 'ink';
import type {Dispatch} from 'react';
import type {Action} from '../state/types.ts';
import type {FunctionKey} from './keymap.ts';

// xterm and VT220 forms, rxvt, the Linux console, and xterm's modifier forms for Shift.
const SEQUENCES: Record<string, [FunctionKey, boolean]> = {
	'\x1bOQ': ['f2', false],
	'\x1b[12~': ['f2', false],
	'\x1b[[B': ['f2', false],
	'\x1b[1;2Q': ['f2', true],
	'\x1bO2Q': ['f2', true],
	'\x1b[12;2~': ['f2', true],
	'\x1bOR': ['f3', false],
	'\x1b[13~': ['f3', false],
	'\x1b[[C': ['f3', false],
	'\x1b[1;2R': ['f3', true],
	'\x1bO2R': ['f3', true],
	'\x1b[13;2~': ['f3', true],
	'\x1b[25~': ['f3', true],
};

/** A key with no flag set: what a plain character arrives as. */
export const NO_KEY: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

export function functionKey(data: string): {fn: FunctionKey; shift: boolean} | null {
	const found = SEQUENCES[data];
	return found ? {fn: found[0], shift: found[1]} : null;
}

export function useFunctionKeys(dispatch: Dispatch<Action>, isActive = true): void {
	const {internal_eventEmitter: events} = useStdin();
	useEffect(() => {
		if (!isActive || !events) return;
		const onInput = (data: string) => {
			const key = functionKey(data);
			if (key) dispatch({type: 'key', input: '', key: {...NO_KEY, ...key}});
		};
		events.on('input', onInput);
		return () => {
			events.off('input', onInput);
		};
	}, [dispatch, isActive, events]);
}
