// The editing keys of a one-line prompt (search, pipe), shared so both prompts behave alike:
// readline's Ctrl keys as well as the arrows, for terminals and input methods without them.
import type {Key} from 'ink';
import type {LineEdit} from '../state/line-edit.ts';

export function lineEditKey(input: string, key: Key): LineEdit | null {
	// Ink reports Backspace as delete; the Delete key looks the same, and deleting back is the one
	// a prompt needs.
	if (key.backspace || key.delete || (key.ctrl && input === 'h')) return {remove: 'back'};
	if (key.ctrl && input === 'w') return {remove: 'word'};
	if (key.ctrl && input === 'u') return {remove: 'all'};
	if (key.leftArrow || (key.ctrl && input === 'b')) return {move: 'left'};
	if (key.rightArrow || (key.ctrl && input === 'f')) return {move: 'right'};
	if (key.home || (key.ctrl && input === 'a')) return {move: 'home'};
	if (key.end || (key.ctrl && input === 'e')) return {move: 'end'};
	return null;
}
