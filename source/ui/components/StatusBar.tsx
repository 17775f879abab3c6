// Where you are, which mode and pane has the keys, a transient message, and the key hints.
import {ScreenRow} from './PaneLines.tsx';
import type {State} from '../state/types.ts';
import {statusLine} from '../draw/screen-lines.ts';

export function StatusBar({state}: {state: State}) {
	return <ScreenRow lines={[statusLine(state)]} colour={state.colour} />;
}
