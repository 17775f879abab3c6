// The browser's UI state. Everything on screen derives from this plus the report (see selectors).
import type {View} from '../model/view.ts';
import type {TabId} from '../model/tabs.ts';
import type {Command, FnKey} from '../keymap.ts';
import type {SearchAction, SearchSlice} from './search-types.ts';
import type {PipeAction, PipeSlice} from './pipe-types.ts';

/**
 * Which handler owns the keyboard. 'search' (/, n, N) and 'prompt' (|, y, e, v, s) join here:
 * each gets its own handler in the input router and its own case in the reducer.
 */
export type Mode = 'normal' | 'help' | 'search' | 'results' | 'prompt' | 'output';

export type Focus = 'list' | 'reader';

/** The reader's top row as a place in the text (block, character offset), so it survives reflow. */
export interface Anchor {
	block: number;
	offset: number;
}

export interface Size {
	cols: number;
	rows: number;
}

export interface State {
	view: View;
	size: Size;
	colour: boolean;
	mode: Mode;
	tab: TabId;
	focus: Focus;
	/** Index of the selected item (among selectable entries) per tab. */
	selected: Record<TabId, number>;
	/** First visible list entry per tab. */
	listTop: Record<TabId, number>;
	anchor: Record<TabId, Anchor>;
	/** The occurrence the reader last jumped to, -1 before the first jump. */
	hit: Record<TabId, number>;
	helpTop: number;
	message: string | null;
	quit: boolean;
	/** Opened from the report picker: Esc in the list goes back to it. */
	fromPicker: boolean;
	/** Set with quit when the user went back to the picker rather than quitting. */
	back: boolean;
	/** Set with quit when the user asked to compare with the previous report of the series. */
	compare: boolean;
	search: SearchSlice;
	pipe: PipeSlice;
}

export type Action = {type: 'resize'; size: Size} | {type: 'command'; command: Command} | {type: 'clearMessage'} | {type: 'key'; input: string; key: FnKey} | SearchAction | PipeAction;
