// The rule between list and reader. It turns bold when the reader has the keys: together with
// the list's selection losing its inverse, that shows which pane the keys go to, without colour.
import {Column} from './PaneLines.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry} from '../state/selectors.ts';
import {dividerLine} from '../draw/screen-lines.ts';

export function Divider({state}: {state: State}) {
	const line = dividerLine(state);
	return <Column lines={Array.from({length: selectGeometry(state).bodyRows}, () => line)} width={1} colour={state.colour} />;
}
