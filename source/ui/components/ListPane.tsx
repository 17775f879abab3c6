// The left pane: the active tab's items, windowed to the rows that fit. The selected item carries
// a > marker as well as its highlight, so it stays visible without colour and without focus.
import {Column} from './PaneLines.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry} from '../state/selectors.ts';
import {listLines} from '../draw/screen-lines.ts';

export function ListPane({state}: {state: State}) {
	return <Column lines={listLines(state)} width={selectGeometry(state).listWidth} colour={state.colour} />;
}
