// The parser: loaded text → Report. Pure: no I/O, no UI.
import type {Report} from '../model/report.ts';
import {parseOutline, type ParseOptions} from './outline.ts';
import {extractTerms} from './terms.ts';
import {extractAttendees} from './attendees/index.ts';
import {extractMeasures} from './measures/index.ts';

export type {ParseOptions} from './outline.ts';

export function parseReport(text: string, options: ParseOptions = {}): Report {
	const {meta, sections, footer} = parseOutline(text, options);
	const {people, bodies} = extractAttendees(sections, meta);
	return {
		meta,
		sections,
		measures: extractMeasures(sections),
		people,
		bodies,
		terms: extractTerms(sections, meta.title),
		footer,
	};
}
