// The browser's UI state. Everything on screen derives from this plus the report (see selectors).
import type {View} from '../view/view.ts';
import type {Report} from '../../model/report.ts';
import type {TabId} from '../view/tabs.ts';
import type {Command, FnKey, Mode} from '../input/keymap.ts';
import type {SearchAction, SearchSlice} from './search-types.ts';
import type {PipeAction, PipeSlice} from './pipe-types.ts';
import type {MouseEvent} from '../terminal/decode.ts';

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
	/**
	 * The section { or } went to, per tab: the reader names it while its title is on screen,
	 * though the last sections, which fit on one screen, cannot each be scrolled to the top.
	 * Any other move forgets it.
	 */
	sectionMark: Record<TabId, number | null>;
	helpTop: number;
	message: string | null;
	quit: boolean;
	/** Opened from the report picker: Esc in the list goes back to it. */
	fromPicker: boolean;
	/** Set with quit when the user went back to the picker rather than quitting. */
	back: boolean;
	/** Opened from a library: T asks for the timeline of the term or person in focus. */
	timelines: boolean;
	/** Set with quit: the term or person whose timeline across the library was asked for. */
	timeline: {name: string; person: boolean} | null;
	/** c can compare the report with the previous one of its series (someone handles it). */
	compares: boolean;
	/** Set with quit when the user asked to compare with the previous report of the series. */
	compare: boolean;
	/** Set with quit when Ctrl-C ended the browser: plenum exits 130, as an interrupted program does. */
	interrupted: boolean;
	search: SearchSlice;
	pipe: PipeSlice;
	/** Ctrl-Z or Ctrl-L asked of the terminal, carried out once per id (components/App.tsx). */
	terminal: {id: number; kind: 'suspend' | 'redraw'} | null;
}

export type Action =
	| {type: 'resize'; size: Size}
	| {type: 'command'; command: Command}
	| {type: 'clearMessage'}
	| {type: 'key'; input: string; key: FnKey}
	/** A bracketed paste: text for an open prompt, ignored elsewhere. */
	| {type: 'paste'; text: string}
	| {type: 'mouse'; event: MouseEvent}
	/** The extractors are done: the whole report, for the tabs that waited for it. */
	| {type: 'report'; report: Report}
	| {type: 'reportFailed'; message: string}
	| SearchAction
	| PipeAction;
