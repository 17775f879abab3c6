// The parser: loaded text → Report. Pure: no I/O, no UI.
import type {Report} from '../model/report.ts';
import {parseOutline, type Outline, type ParseOptions} from './outline.ts';
import {extractTerms} from './terms.ts';
import {extractAttendees} from './attendees/index.ts';
import {extractMeasures} from './measures/index.ts';

export type {ParseOptions} from './outline.ts';

export function parseReport(text: string, options: ParseOptions = {}): Report {
	return completeReport(parseOutline(text, options));
}

/** The extractors' part: measures, attendees and terms read from an outline. */
export function completeReport({meta, sections, footer}: Outline): Report {
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
