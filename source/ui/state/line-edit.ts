// Editing one line of text at a cursor, as the search prompt does. The cursor is a UTF-16 offset
// that never sits inside a surrogate pair.

export type LineEdit = {insert: string} | {move: 'left' | 'right' | 'home' | 'end'} | {remove: 'back' | 'word' | 'all'};

export interface LineState {
	text: string;
	cursor: number;
}

/**
 * The most a prompt holds: far past any query, path or command typed on one line. Each key in the
 * search prompt searches anew with the whole text, so pastes that made it megabytes long (the key
 * fuzz's, 20 KB each) had the browser seconds behind the keys, Ctrl-C included.
 */
export const LINE_MAX = 8192;

/** `text` cut to what fits after `used` characters of a prompt, never inside a surrogate pair. */
export function fitLine(text: string, used = 0): string {
	const room = Math.max(0, LINE_MAX - used);
	if (text.length <= room) return text;
	return text.slice(0, /[\ud800-\udbff]/.test(text[room - 1] ?? '') ? room - 1 : room);
}

const stepBack = (text: string, at: number) => (at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]) && /[\ud800-\udbff]/.test(text[at - 2]) ? 2 : 1);
const stepForward = (text: string, at: number) => (/[\ud800-\udbff]/.test(text[at] ?? '') ? 2 : 1);

export function applyEdit({text, cursor}: LineState, edit: LineEdit): LineState {
	const at = Math.max(0, Math.min(cursor, text.length));
	if ('insert' in edit) {
		const insert = fitLine(edit.insert, text.length);
		return {text: text.slice(0, at) + insert + text.slice(at), cursor: at + insert.length};
	}
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
