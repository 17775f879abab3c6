// The one place keys turn into actions. Each mode owns the keyboard through its own handler, so
// a key is never seen by two handlers (Ink broadcasts input to every useInput). Ctrl-C is checked
// before any mode: it always quits.
import type {Key} from 'ink';
import type {Action} from '../state/types.ts';
import {commandFor, type Mode} from './keymap.ts';
import {searchKeys} from './search-keys.ts';
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
	// The query is edited here, key by key (search-keys.ts); no letter is a command.
	search: searchKeys,
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
	// Ctrl-Z and Ctrl-L belong to the terminal, in every mode, prompts included.
	if (key.ctrl && input === 'z') return [{type: 'command', command: 'suspend'}];
	if (key.ctrl && input === 'l') return [{type: 'command', command: 'redraw'}];
	// Keys typed faster than a frame arrive as one string: in a keymap mode each is its own command.
	// One character may be two code units (an emoji): split only what holds more than one, or the
	// emoji would come back as itself for ever (the key fuzz test found the stack overflow).
	const chars = KEYS_ONLY.has(mode) && input.length > 1 && !key.ctrl && !key.meta && !input.includes('\x1b') ? [...input] : [];
	if (chars.length > 1) {
		// Each goes back through the reducer, routed by the mode it finds: after `/`, the rest is text.
		return chars.map(ch => ({type: 'key', input: ch, key: {...key, shift: /[A-Z]/.test(ch)}}));
	}
	const action = HANDLERS[mode](input, key);
	return action ? [action] : [];
}
