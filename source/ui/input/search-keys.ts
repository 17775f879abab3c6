// Keys while the search prompt has the keyboard: its commands (Enter, Esc, Tab, ↑↓, F2, F3) from
// the keymap, and everything else edits the query. No letter is ever a command here, so q types
// q. The editing happens in the reducer, not in a text-input component: a component only hears
// keys once it has mounted, and `/` with the query typed or pasted right after it would lose them.
import type {Action} from '../state/types.ts';
import {commandFor, type FnKey} from './keymap.ts';
import type {LineEdit} from '../state/line-edit.ts';
import {lineEditKey} from './line-keys.ts';

function edit(input: string, key: FnKey): LineEdit | null {
	const control = lineEditKey(input, key);
	if (control) return control;
	if (key.ctrl || key.meta || key.fn || !input) return null;
	return {insert: input};
}

export function searchKeys(input: string, key: FnKey): Action | null {
	const command = commandFor('search', input, key);
	if (command) return {type: 'command', command};
	const change = edit(input, key);
	return change ? {type: 'searchInput', edit: change} : null;
}
