// Builds the search index when the state asks for it (the first `/`): building loads pinyin-pro
// and opencc-js and reads the whole report, which the browser should not pay for at start-up.
import {useEffect, type Dispatch} from 'react';
import {createIndex} from '../../search/index.ts';
import type {Report} from '../../model/report.ts';
import type {Action} from '../state/types.ts';

export function useSearchIndex(report: Report, wanted: boolean, dispatch: Dispatch<Action>): void {
	useEffect(() => {
		if (!wanted) return;
		let current = true;
		void createIndex(report).then(index => {
			if (current) dispatch({type: 'searchIndex', index});
		});
		return () => {
			current = false;
		};
	}, [report, wanted, dispatch]);
}
