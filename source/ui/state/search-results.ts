// The results view: every hit of a query (sections, measures, people, bodies, terms), one row
// each. Enter goes to the hit in its tab and keeps the query as the text search, so the reader
// shows it highlighted.
import type {Command} from '../input/keymap.ts';
import type {State} from './types.ts';
import type {Results} from './search-types.ts';
import {selectGeometry, selectDoc, selectList} from './selectors.ts';
import {selectMatches} from './search-selectors.ts';
import {goToMatch, reselect, withSearch, type Nav} from './search-nav.ts';
import {TAB_OF_KIND, indexOfTarget, targetOf} from '../view/matches.ts';

/** Rows the results view gives to hits: the body less its heading row. */
export const resultRows = (s: State): number => Math.max(1, selectGeometry(s).bodyRows - 1);

function move(s: State, results: Results, to: number): State {
	const selected = Math.max(0, Math.min(to, results.hits.length - 1));
	const height = resultRows(s);
	let top = results.top;
	if (selected < top) top = selected;
	if (selected >= top + height) top = selected - height + 1;
	return withSearch(s, {results: {...results, selected, top}});
}

function close(s: State, results: Results): State {
	return {...withSearch(s, {results: null}), mode: results.from === 'search' && s.search.prompt ? 'search' : 'normal'};
}

function jump(s: State, results: Results, nav: Nav): State {
	const hit = results.hits[results.selected];
	if (!hit) return close(s, results);
	const tab = TAB_OF_KIND[hit.kind];
	const target = targetOf(s.view, hit);
	let t: State = {...s, mode: 'normal', tab, message: null, search: {...s.search, prompt: null, results: null, current: null, text: {query: results.query, hits: results.hits}}};
	if (indexOfTarget(selectList(t), target) < 0) {
		const filters = {...t.search.filters};
		delete filters[tab];
		t = withSearch(t, {filters});
	}
	t = reselect(t, target, nav, false);
	if (hit.kind !== 'section') return nav.open(t);
	const blocks = selectDoc(t).blocks;
	const first = selectMatches(t).findIndex(m => blocks[m.block].section === hit.id);
	return goToMatch({...t, focus: 'reader'}, Math.max(0, first), null, nav);
}

export function resultsCommand(s: State, command: Command, nav: Nav): State {
	const results = s.search.results;
	if (!results) return {...s, mode: 'normal'};
	const page = resultRows(s);
	switch (command) {
		case 'interrupt':
			return {...s, quit: true};
		case 'down':
			return move(s, results, results.selected + 1);
		case 'up':
			return move(s, results, results.selected - 1);
		case 'pageDown':
		case 'halfDown':
			return move(s, results, results.selected + (command === 'pageDown' ? page : Math.ceil(page / 2)));
		case 'pageUp':
		case 'halfUp':
			return move(s, results, results.selected - (command === 'pageUp' ? page : Math.ceil(page / 2)));
		case 'top':
			return move(s, results, 0);
		case 'bottom':
			return move(s, results, results.hits.length - 1);
		case 'open':
			return jump(s, results, nav);
		case 'back':
		case 'quit':
		case 'results':
			return close(s, results);
		default:
			return s;
	}
}
