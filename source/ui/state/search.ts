// The search slice's reducer: `/` opens a prompt that searches the reader's text (reader focused)
// or filters the focused list (list focused), live on every keystroke, always from the view as it
// was when the prompt opened, so Esc can put that view back exactly. n/N walk the matches.
import {search} from '../../search/index.ts';
import type {Command} from '../input/keymap.ts';
import type {State} from './types.ts';
import type {SavedView, SearchAction} from './search-types.ts';
import {goToMatch, reselect, withSearch, type Nav} from './search-nav.ts';
import {selectList, selectReaderTop, selectTarget} from './selectors.ts';
import {listQuery, matchPlace, readerQuery, selectCurrentMatch, selectMatches} from './search-selectors.ts';
import {TAB_KINDS} from '../view/matches.ts';
import {compare} from '../view/rows.ts';
import {sanitizeLine} from '../../text/sanitize.ts';
import {resultsCommand} from './search-results.ts';
import {applyEdit} from './line-edit.ts';

export type {Nav} from './search-nav.ts';

export type SearchCommand = 'search' | 'nextMatch' | 'prevMatch' | 'results';

export function isSearchCommand(command: Command): command is SearchCommand {
	return command === 'search' || command === 'nextMatch' || command === 'prevMatch' || command === 'results';
}

const quoted = (query: string) => `“${sanitizeLine(query.trim())}”`;

function saveView(s: State): SavedView {
	const {tab, focus, selected, listTop, anchor, hit} = s;
	return {tab, focus, selected, listTop, anchor, hit, text: s.search.text, filters: s.search.filters, current: s.search.current};
}

function restoreView(s: State, v: SavedView): State {
	const {tab, focus, selected, listTop, anchor, hit} = v;
	return {...s, tab, focus, selected, listTop, anchor, hit, search: {...s.search, text: v.text, filters: v.filters, current: v.current}};
}

export function openPrompt(s: State): State {
	const target = s.focus === 'list' ? 'list' : 'text';
	const text = target === 'list' ? (s.search.filters[s.tab]?.query ?? '') : '';
	const loading = s.search.index === null;
	return {...s, mode: 'search', message: null, search: {...s.search, loading, prompt: {target, text, cursor: text.length, saved: saveView(s)}}};
}

/** Re-run the prompt's query from the saved view: every keystroke starts from where `/` was pressed. */
function live(s: State, nav: Nav): State {
	const {prompt, index} = s.search;
	if (!prompt || !index) return s;
	const base = restoreView(s, prompt.saved);
	const query = prompt.text;
	if (prompt.target === 'list') {
		const filters = {...base.search.filters};
		if (query.trim()) filters[s.tab] = {query, hits: search(index, query, {kinds: TAB_KINDS[s.tab]})};
		else delete filters[s.tab];
		return reselect(withSearch(base, {filters}), selectTarget(base), nav);
	}
	if (!query.trim()) return withSearch(base, {text: null, current: null});
	const t = withSearch(base, {text: {query, hits: search(index, query)}, current: null});
	const marks = selectMatches(t);
	if (marks.length === 0) return t;
	const top = selectReaderTop(t);
	const first = marks.findIndex(m => compare(matchPlace(t, m), top) >= 0);
	return goToMatch(t, Math.max(0, first), null, nav);
}

function accept(s: State): State {
	const {prompt, index} = s.search;
	if (!prompt) return {...s, mode: 'normal'};
	if (!index) return {...s, message: 'Still indexing the report…'};
	const done: State = {...s, mode: 'normal', search: {...s.search, prompt: null}};
	if (prompt.target === 'list' || !prompt.text.trim()) return done;
	const hits = s.search.text?.hits ?? [];
	if (hits.length === 0) return {...restoreView(done, prompt.saved), message: `No match for ${quoted(prompt.text)}.`};
	const inReader = selectMatches(done).length;
	return {...done, focus: 'reader', message: inReader === 0 ? `No match in this text; F2 lists ${hits.length} elsewhere.` : null};
}

function cancel(s: State): State {
	const prompt = s.search.prompt;
	const restored = prompt ? restoreView(s, prompt.saved) : s;
	return {...restored, mode: 'normal', search: {...restored.search, prompt: null}};
}

/** n and N: the next or previous match in the reader, across sections, wrapping with a notice. */
function step(s: State, direction: 1 | -1, nav: Nav): State {
	const query = readerQuery(s);
	if (!query) return s.search.filters[s.tab] ? stepList(s, direction, nav) : {...s, message: 'No search yet: press / to search.'};
	const marks = selectMatches(s);
	if (marks.length === 0) return {...s, message: `No match for ${quoted(query.query)} in this text.`};
	const current = selectCurrentMatch(s);
	let next: number;
	if (current >= 0) next = current + direction;
	else {
		const top = selectReaderTop(s);
		next = direction > 0 ? marks.findIndex(m => compare(matchPlace(s, m), top) >= 0) : marks.findLastIndex(m => compare(matchPlace(s, m), top) < 0);
		if (next < 0) next = direction > 0 ? marks.length : -1;
	}
	let message: string | null = null;
	if (next >= marks.length) [next, message] = [0, 'search wrapped to the top'];
	else if (next < 0) [next, message] = [marks.length - 1, 'search wrapped to the bottom'];
	return goToMatch({...s, focus: 'reader'}, next, message, nav);
}

/** In a filtered list with no text to search, n and N step through the items that matched. */
function stepList(s: State, direction: 1 | -1, nav: Nav): State {
	const count = selectList(s).items.length;
	if (count === 0) return s;
	let next = s.selected[s.tab] + direction;
	let message: string | null = null;
	if (next >= count) [next, message] = [0, 'search wrapped to the top'];
	else if (next < 0) [next, message] = [count - 1, 'search wrapped to the bottom'];
	return {...nav.select(s, next), message};
}

/** Esc outside the prompt: first drop the list's filter (list focused) or the text search. */
export function clearSearch(s: State, nav: Nav): State | null {
	if (s.focus === 'list' && s.search.filters[s.tab]) {
		const filters = {...s.search.filters};
		delete filters[s.tab];
		return {...reselect(withSearch(s, {filters}), selectTarget(s), nav), message: 'filter cleared'};
	}
	if (s.search.text) return {...withSearch(s, {text: null, current: null}), message: 'search cleared'};
	return null;
}

export function openResults(s: State, from: 'normal' | 'search'): State {
	const {index, prompt} = s.search;
	const query = (from === 'search' ? prompt?.text : (s.search.text ?? listQuery(s))?.query) ?? '';
	if (!query.trim()) return {...s, message: 'Nothing to list: press / and type a search.'};
	if (!index) return {...s, message: 'Still indexing the report…'};
	const hits = search(index, query);
	if (hits.length === 0) return {...s, message: `No match for ${quoted(query)}.`};
	return {...withSearch(s, {results: {query, hits, selected: 0, top: 0, from}}), mode: 'results', message: null};
}

/** The commands of the search feature while the panes have the keys. */
export function searchCommand(s: State, command: SearchCommand, nav: Nav): State {
	switch (command) {
		case 'search':
			return openPrompt(s);
		case 'nextMatch':
			return step(s, 1, nav);
		case 'prevMatch':
			return step(s, -1, nav);
		case 'results':
			return openResults(s, 'normal');
	}
}

/** Commands while the prompt or the results view has the keys. */
export function searchModeCommand(s: State, command: Command, nav: Nav): State {
	if (s.mode === 'results') return resultsCommand(s, command, nav);
	switch (command) {
		case 'open':
			return accept(s);
		// Ctrl-C closes a prompt before it quits, as the pipe prompt does: a second one quits.
		case 'interrupt':
		case 'back':
			return cancel(s);
		case 'results':
			return openResults(s, 'search');
		case 'nextMatch':
		case 'prevMatch':
			return s.search.prompt?.target === 'text' ? {...step(s, command === 'nextMatch' ? 1 : -1, nav), mode: 'search'} : s;
		default:
			return s;
	}
}

export function searchReducer(s: State, action: SearchAction, nav: Nav): State {
	switch (action.type) {
		case 'searchIndex':
			return live(withSearch(s, {index: action.index, loading: false}), nav);
		case 'searchInput': {
			const prompt = s.search.prompt;
			if (s.mode !== 'search' || !prompt) return s;
			const edited = 'text' in action ? {text: action.text, cursor: action.text.length} : applyEdit(prompt, action.edit);
			// Pasted text may hold controls: the query is shown, so it is cleaned like report text.
			const text = sanitizeLine(edited.text);
			const cursor = text === edited.text ? edited.cursor : text.length;
			if (text === prompt.text) return cursor === prompt.cursor ? s : withSearch(s, {prompt: {...prompt, cursor}});
			return live(withSearch(s, {prompt: {...prompt, text, cursor}}), nav);
		}
	}
}
