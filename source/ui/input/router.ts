// The one place keys turn into actions. Each mode owns the keyboard through its own handler, so
// a key is never seen by two handlers (Ink broadcasts input to every useInput). Ctrl-C is checked
// before any mode: it always quits.
import type {Key} from 'ink';
import type {Action, Mode} from '../state/types.ts';
import {commandFor} from '../keymap.ts';
import {outputKeys, promptKeys} from './pipe-keys.ts';

type ModeHandler = (input: string, key: Key) => Action | null;

const keymapHandler =
	(mode: Mode): ModeHandler =>
	(input, key) => {
		const command = commandFor(mode, input, key);
		return command ? {type: 'command', command} : null;
	};

// A text-entry mode (search, the pipe prompt) gets a handler that takes printable input as text.
const HANDLERS: Record<Mode, ModeHandler> = {
	normal: keymapHandler('normal'),
	help: keymapHandler('help'),
	// The prompt's text goes to ink-text-input; here only its command keys (Enter, Esc, Tab, F3).
	search: keymapHandler('search'),
	// The results view is a list: the normal keys move in it (search-results.ts).
	results: keymapHandler('normal'),
	// The pipe prompt is edited in the reducer (pipe-keys.ts); the output overlay scrolls.
	prompt: promptKeys,
	output: outputKeys,
};

// Modes where every character is a command; a text-entry mode receives pasted text whole.
const KEYS_ONLY: ReadonlySet<Mode> = new Set(['normal', 'help', 'results', 'output']);

export function route(mode: Mode, input: string, key: Key): Action[] {
	if (key.ctrl && input === 'c') return [{type: 'command', command: 'interrupt'}];
	// Keys typed faster than a frame arrive as one string: in a keymap mode each is its own command.
	if (KEYS_ONLY.has(mode) && input.length > 1 && !key.ctrl && !key.meta && !input.includes('\x1b')) {
		return [...input].flatMap(ch => route(mode, ch, {...key, shift: /[A-Z]/.test(ch)}));
	}
	const action = HANDLERS[mode](input, key);
	return action ? [action] : [];
}
