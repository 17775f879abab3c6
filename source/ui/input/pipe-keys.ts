// Keys while the pipe prompt or the output overlay has the keyboard. In the prompt no letter is a
// command: Enter, Esc, ↑/↓ (history) and Tab (whole report) are, and everything else edits the
// line in the reducer, as in the search prompt — a text-input component would only hear keys once
// mounted and re-subscribed, and drops some typed faster than a frame. The overlay scrolls with
// the help's keys, and y copies the output.
import type {Key} from 'ink';
import type {Action} from '../state/types.ts';
import type {Command} from './keymap.ts';
import {commandFor} from './keymap.ts';
import type {LineEdit} from '../state/line-edit.ts';
import {lineEditKey} from './line-keys.ts';

const command = (c: Command): Action => ({type: 'command', command: c});

/**
 * Keys typed faster than a frame arrive as one string (`false⏎`, a run of Backspaces, a paste):
 * read it as the keys it holds. A line break submits what came before it, as in a shell; no
 * other control character reaches the line, so none reaches the screen through the echo.
 */
export function typed(input: string): {edits: LineEdit[]; submit: boolean} {
	const edits: LineEdit[] = [];
	let text = '';
	const flush = () => {
		if (text) edits.push({insert: text});
		text = '';
	};
	for (const ch of input) {
		if (ch === '\r' || ch === '\n') {
			flush();
			return {edits, submit: true};
		}
		if (ch === '\x7f' || ch === '\b') {
			flush();
			edits.push({remove: 'back'});
		} else if (!/[\x00-\x1f\x80-\x9f]/.test(ch)) text += ch;
	}
	flush();
	return {edits, submit: false};
}

export function promptKeys(input: string, key: Key): Action | null {
	if (key.escape) return command('back');
	if (key.return) return command('open');
	if (key.upArrow) return command('up');
	if (key.downArrow) return command('down');
	if (key.tab && !key.shift) return command('nextTab');
	const edit = lineEditKey(input, key);
	if (edit) return {type: 'pipe', event: {kind: 'edit', edits: [edit], submit: false}};
	if (key.ctrl || key.meta || !input) return null;
	const {edits, submit} = typed(input);
	return edits.length > 0 || submit ? {type: 'pipe', event: {kind: 'edit', edits, submit}} : null;
}

export function outputKeys(input: string, key: Key): Action | null {
	// y (or Ctrl-Y) copies what the command printed, so a result can go on from here.
	if (commandFor('normal', input, key) === 'copy') return command('copy');
	const found = commandFor('help', input, key);
	return found ? command(found) : null;
}
