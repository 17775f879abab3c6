// The wording shown around a reworded phrase: the kept words on each side of its changes, up to the
// nearest punctuation, and each side of the phrase read with which of its characters were kept.
import type {Run} from './runs.ts';
import {isContentChar} from './text.ts';

/** Context shown around a change on each side, up to the nearest punctuation. */
export const CONTEXT = 10;
/** Kept wording next to a change, up to punctuation; `items` of a list (、) beside it when `items` is more than 0. */
export function leftContext(text: string, items = 0): string {
	let out = '';
	for (let k = text.length - 1; k >= 0 && out.length < CONTEXT; k--) {
		if (text[k] === '、' && items-- > 0) {
			out = text[k] + out;
			continue;
		}
		if (!isContentChar(text[k]) && !'“”'.includes(text[k])) break;
		out = text[k] + out;
	}
	return out;
}

export function rightContext(text: string, items = 0): string {
	let out = '';
	for (let k = 0; k < text.length && out.length < CONTEXT; k++) {
		if (text[k] === '、' && items-- > 0) {
			out += text[k];
			continue;
		}
		if (!isContentChar(text[k]) && !'“”'.includes(text[k])) break;
		out += text[k];
	}
	return out;
}

/** Whether `at` falls inside 《…》: the name of a law or document, not a formulation. */
export function insideTitle(text: string, at: number): boolean {
	return text.lastIndexOf('《', at) > text.lastIndexOf('》', at - 1);
}

/** One side of a phrase, its context and changes, with which of its characters the redline kept. */
export function sideOf(before: string, inner: Run[], after: string, side: 'removed' | 'added'): {text: string; kept: boolean[]} {
	const pieces = [{text: before, kept: true}, ...inner.map(r => ({text: r.kept ? r.text : (r.shown?.[side] ?? r[side]), kept: r.kept})), {text: after, kept: true}];
	return {text: pieces.map(p => p.text).join(''), kept: pieces.flatMap(p => new Array<boolean>(p.text.length).fill(p.kept))};
}
