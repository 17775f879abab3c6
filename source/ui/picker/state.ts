// The report picker's keys and what they do: move, open, quit, `/` to filter the list by what its
// rows show (title, meeting, date, file name), Space to mark a report and c to compare it with the
// one under the cursor. Pure: the component draws the state. The selection and the mark are
// reports (their paths), not rows: rows found while the folder is read go in above and below them,
// and they stay on their reports.
import type {Library} from '../../app/library.ts';
import {commandFor, type FnKey} from '../input/keymap.ts';
import {lineEditKey} from '../input/line-keys.ts';
import {applyEdit} from '../state/line-edit.ts';

export interface PickerState {
	/** The report selected (null: the first row the filter lets through). */
	path: string | null;
	/** The first row shown, among those the filter lets through. */
	top: number;
	query: string;
	cursor: number;
	/** The filter prompt has the keys. */
	typing: boolean;
	/** The query before `/`, given back by Esc. */
	saved: string;
	/** The report Space marked, to compare with another. */
	marked: string | null;
	/** What the last key asks of the user: a word about marking and comparing. */
	hint: string | null;
}

/** The report picked, or the marked one and the one under the cursor; `index`: its position in the library. */
export type PickerOutcome = {kind: 'pick'; path: string; index: number} | {kind: 'compare'; marked: string; path: string; index: number} | {kind: 'quit'; interrupted: boolean} | null;

/** The first of `limit` visible rows that keeps `selected` in view, moving as little as it can. */
export function windowTop(top: number, selected: number, limit: number): number {
	if (selected < top) return selected;
	if (selected >= top + limit) return selected - limit + 1;
	return top;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** The reports (their positions in the library) whose title, meeting, date or path hold every word of `query`. */
export function matching(library: Library, query: string): number[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	const all = library.entries.map((_, i) => i);
	if (words.length === 0) return all;
	return all.filter(i => {
		const e = library.entries[i];
		const text = fold([e.title, e.meeting ?? '', e.date ?? '', e.path].join(' '));
		return words.every(w => text.includes(w));
	});
}

/** The selected report's row among `shown` (the library positions the filter lets through): the first when it is not there. */
export function selectedRow(library: Library, shown: number[], path: string | null): number {
	if (path === null) return 0;
	return Math.max(
		0,
		shown.findIndex(i => library.entries[i].path === path),
	);
}

/** The first row to draw: the last one drawn from, moved as little as keeps the selection in view (rows found above it push it down). */
export function shownTop(s: PickerState, selected: number, count: number, limit: number): number {
	return windowTop(Math.min(s.top, Math.max(0, count - 1)), selected, limit);
}

export function initialPicker(library: Library, initial: string | null, limit: number): PickerState {
	const start = selectedRow(library, matching(library, ''), initial);
	return {path: initial, top: windowTop(0, start, limit), query: '', cursor: 0, typing: false, saved: '', marked: null, hint: null};
}

function refilter(s: PickerState, query: string, cursor: number): PickerState {
	return {...s, query, cursor, path: null, top: 0};
}

/** One key: the new state, and whether it picks a report or quits. */
export function pickerKey(s: PickerState, input: string, key: FnKey, library: Library, limit: number): {state: PickerState; outcome: PickerOutcome} {
	const stay = (state: PickerState) => ({state, outcome: null});
	if (s.typing) {
		// In the filter prompt letters are text; Enter, Esc and Ctrl-C are the keymap's.
		const command = commandFor('picker', input, key);
		if (command === 'interrupt') return {state: s, outcome: {kind: 'quit', interrupted: true}};
		if (command === 'open') return stay({...s, typing: false});
		if (command === 'back') return stay({...refilter(s, s.saved, s.saved.length), typing: false});
		const edit = lineEditKey(input, key) ?? (input && !key.ctrl && !key.meta && !key.fn ? {insert: input.replace(/[\x00-\x1f\x7f]/g, '')} : null);
		if (!edit) return stay(s);
		const {text, cursor} = applyEdit({text: s.query, cursor: s.cursor}, edit);
		return stay(text === s.query ? {...s, cursor} : refilter(s, text, cursor));
	}
	const shown = matching(library, s.query);
	const count = shown.length;
	const current = selectedRow(library, shown, s.path);
	const command = commandFor('picker', input, key);
	const move = (to: number) => {
		const selected = Math.max(0, Math.min(to, count - 1));
		const path = count > 0 ? library.entries[shown[selected]].path : s.path;
		return stay({...s, path, top: windowTop(shownTop(s, current, count, limit), selected, limit)});
	};
	const at = count > 0 ? shown[current] : -1;
	switch (command) {
		case 'quit':
		case 'interrupt':
			return {state: s, outcome: {kind: 'quit', interrupted: command === 'interrupt'}};
		case 'open':
			return {state: s, outcome: at >= 0 ? {kind: 'pick', path: library.entries[at].path, index: at} : null};
		case 'search':
			return stay({...s, typing: true, saved: s.query, cursor: s.query.length});
		case 'mark': {
			if (at < 0) return stay(s);
			const path = library.entries[at].path;
			const unmark = s.marked === path;
			return stay({...s, path, marked: unmark ? null : path, hint: unmark ? null : 'Marked. Move to another report and press c to compare the two.'});
		}
		case 'compare': {
			const path = at >= 0 ? library.entries[at].path : null;
			if (s.marked === null || path === null || s.marked === path) return stay({...s, hint: 'Mark a report with Space first, then press c on another.'});
			return {state: s, outcome: {kind: 'compare', marked: s.marked, path, index: at}};
		}
		// Esc is not a way out here (it is how the user came back from a report): it clears the filter.
		case 'back':
			return stay(s.query ? refilter(s, '', 0) : s);
		case 'down':
			return move(current + 1);
		case 'up':
			return move(current - 1);
		case 'top':
			return move(0);
		case 'bottom':
			return move(count - 1);
		default:
			return stay(s);
	}
}
