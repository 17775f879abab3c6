// Moves the search feature shares between the prompt, n/N and the results view. Scrolling and
// selecting themselves come from the main reducer (Nav), which owns those rules.
import type {State} from './types.ts';
import type {SearchSlice} from './search-types.ts';
import {selectDoc, selectGeometry, selectLayout, selectList, selectReaderTop} from './selectors.ts';
import {matchPlace, selectMatches} from './search-selectors.ts';
import type {Place} from '../view/rows.ts';
import {indexOfTarget} from '../view/matches.ts';
import type {Target} from '../view/tabs.ts';

export interface Nav {
	scrollTo(s: State, place: Place): State;
	select(s: State, index: number): State;
	/** What Enter does on a list item: read it, at its first occurrence. */
	open(s: State): State;
}

export const withSearch = (s: State, patch: Partial<SearchSlice>): State => ({...s, search: {...s.search, ...patch}});

/**
 * Select `target` in the list as it is now filtered (the first item when it is not listed).
 * With `keep`, a target still listed keeps the reader where it was: filtering moves no text.
 */
export function reselect(s: State, target: Target | null, nav: Nav, keep = true): State {
	const list = selectList(s);
	const at = indexOfTarget(list, target);
	const t = nav.select({...s, selected: {...s.selected, [s.tab]: -1}}, Math.max(0, at));
	if (list.items.length === 0) return {...t, selected: {...t.selected, [t.tab]: 0}, listTop: {...t.listTop, [t.tab]: 0}};
	return keep && at >= 0 ? {...t, anchor: s.anchor, hit: s.hit} : t;
}

/** Show match `index` (scrolling only when it is off screen) and make it the current one. */
export function goToMatch(s: State, index: number, message: string | null, nav: Nav): State {
	const mark = selectMatches(s)[index];
	if (!mark) return s;
	const layout = selectLayout(s);
	const place = matchPlace(s, mark);
	let t: State = {...s, message};
	if (!layout.shows(selectReaderTop(s), selectGeometry(s).bodyRows, place)) t = nav.scrollTo(t, layout.back(place, 2));
	return withSearch(t, {current: {blocks: selectDoc(t).blocks, index}});
}
