// The right pane: the focused item's document, only the rows that fit, with occurrences marked.
import {Column} from './PaneLines.tsx';
import type {State} from '../state/types.ts';
import {selectGeometry} from '../state/selectors.ts';
import {readerLines} from '../draw/screen-lines.ts';

export function ReaderPane({state}: {state: State}) {
	return <Column lines={readerLines(state)} width={selectGeometry(state).readerWidth} colour={state.colour} />;
}
