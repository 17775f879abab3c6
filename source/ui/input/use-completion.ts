// The whole report arrives while the browser already answers keys with its outline: the
// extractors run in a worker, or here once the first frame is drawn (app/open.ts), and their
// answer fills in the other tabs. Asked for in an effect: after Ink has written the first frame.
import {useEffect, type Dispatch} from 'react';
import type {Report} from '../../model/report.ts';
import type {Action} from '../state/types.ts';

export function useCompletion(completing: (() => Promise<Report>) | undefined, dispatch: Dispatch<Action>): void {
	useEffect(() => {
		if (!completing) return;
		let current = true;
		completing().then(
			report => current && dispatch({type: 'report', report}),
			(error: unknown) => current && dispatch({type: 'reportFailed', message: error instanceof Error ? error.message : String(error)}),
		);
		return () => {
			current = false;
		};
	}, [completing, dispatch]);
}
