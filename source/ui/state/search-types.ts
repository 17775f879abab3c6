// The search slice of the UI state: the prompt, the kept text search, each tab's list filter,
// and the results view. Types only, so types.ts can include them without an import cycle.
import type {Hit, SearchIndex} from '../../search/index.ts';
import type {Block} from '../view/documents.ts';
import type {TabId} from '../view/tabs.ts';
import type {State} from './types.ts';
import type {LineEdit} from './line-edit.ts';

/** A query and what it found; hits are the engine's, with ranges in the model's text. */
export interface Query {
	query: string;
	hits: Hit[];
}

/** Everything `/` may change, so Esc can put it back exactly. */
export interface SavedView extends Pick<State, 'tab' | 'focus' | 'selected' | 'listTop' | 'anchor' | 'hit'> {
	text: Query | null;
	filters: Partial<Record<TabId, Query>>;
	current: Current | null;
}

/** The match the reader last went to, valid while the reader shows the same blocks. */
export interface Current {
	blocks: Block[];
	index: number;
}

export interface Prompt {
	/** 'text' searches the reader; 'list' filters the focused tab's list. */
	target: 'text' | 'list';
	text: string;
	cursor: number;
	saved: SavedView;
}

export interface Results {
	query: string;
	hits: Hit[];
	selected: number;
	top: number;
	/** The mode to go back to when the view closes without a jump. */
	from: 'normal' | 'search';
}

export interface SearchSlice {
	/** Built on the first `/`: building loads pinyin-pro and opencc, too slow for start-up. */
	index: SearchIndex | null;
	loading: boolean;
	prompt: Prompt | null;
	/** The kept text search: highlighted in the reader and lists, walked with n/N. */
	text: Query | null;
	filters: Partial<Record<TabId, Query>>;
	current: Current | null;
	results: Results | null;
}

/** `searchInput` edits the prompt at its cursor, or (with text) replaces the query outright. */
export type SearchAction = {type: 'searchIndex'; index: SearchIndex} | {type: 'searchInput'; edit: LineEdit} | {type: 'searchInput'; text: string};

export function initialSearch(): SearchSlice {
	return {index: null, loading: false, prompt: null, text: null, filters: {}, current: null, results: null};
}
