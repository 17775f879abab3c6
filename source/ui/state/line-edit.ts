// Editing one line of text at a cursor, as the search prompt does. The cursor is a UTF-16 offset
// that never sits inside a surrogate pair.

export type LineEdit = {insert: string} | {move: 'left' | 'right' | 'home' | 'end'} | {remove: 'back' | 'word' | 'all'};

export interface LineState {
	text: string;
	cursor: number;
}

const stepBack = (text: string, at: number) => (at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]) && /[\ud800-\udbff]/.test(text[at - 2]) ? 2 : 1);
const stepForward = (text: string, at: number) => (/[\ud800-\udbff]/.test(text[at] ?? '') ? 2 : 1);

export function applyEdit({text, cursor}: LineState, edit: LineEdit): LineState {
	const at = Math.max(0, Math.min(cursor, text.length));
	if ('insert' in edit) return {text: text.slice(0, at) + edit.insert + text.slice(at), cursor: at + edit.insert.length};
	if ('move' in edit) {
		switch (edit.move) {
			case 'left':
				return {text, cursor: at === 0 ? 0 : at - stepBack(text, at)};
			case 'right':
				return {text, cursor: at >= text.length ? text.length : at + stepForward(text, at)};
			case 'home':
				return {text, cursor: 0};
			case 'end':
				return {text, cursor: text.length};
		}
	}
	switch (edit.remove) {
		case 'back': {
			if (at === 0) return {text, cursor: 0};
			const from = at - stepBack(text, at);
			return {text: text.slice(0, from) + text.slice(at), cursor: from};
		}
		case 'word': {
			// Back over spaces, then over the word before them, as Ctrl-W does in a shell.
			const from = text.slice(0, at).search(/\S*\s*$/);
			return {text: text.slice(0, from) + text.slice(at), cursor: from};
		}
		case 'all':
			return {text: '', cursor: 0};
	}
}
