// The parser: loaded text → Report. Pure: no I/O, no UI.
import type {Report} from '../model/report.ts';
import {splitParagraphs} from './paragraphs.ts';
import {classify} from './frame.ts';
import {buildMeta} from './meta.ts';
import {buildSections} from './sections.ts';
import {extractTerms} from './terms.ts';
import {extractAttendees} from './attendees/index.ts';
import {extractMeasures} from './measures/index.ts';

export interface ParseOptions {
	/** The page's own title (HTML <title>), used when the text has no title line. */
	pageTitle?: string | null;
	/** The file's name: archives date their files, and short items state only the day. */
	name?: string;
	/** The date a web page says it was published: the year a day-only dateline lacks. */
	pageDate?: string | null;
}

export function parseReport(text: string, options: ParseOptions = {}): Report {
	const paragraphs = splitParagraphs(text);
	const roles = classify(paragraphs);
	const meta = buildMeta(paragraphs, roles, {pageTitle: options.pageTitle ?? null, pageDate: options.pageDate ?? null, name: options.name ?? '', allText: text});
	const body = paragraphs.filter((_, i) => roles[i] === 'body');
	const footer = paragraphs.filter((_, i) => roles[i] === 'chrome').map(p => p.text).join('\n');
	const sections = buildSections(body);
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
