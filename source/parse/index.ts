// The parser: loaded text → Report. Pure: no I/O, no UI.
import type {Report} from '../model/report.ts';
import {parseOutline, type Outline, type ParseOptions} from './outline.ts';
import {extractTerms} from './terms.ts';
import {extractAttendees} from './attendees/index.ts';
import {extractMeasures} from './measures/index.ts';
import {foldingOf, unfoldAll} from './folding.ts';
import {foldHan} from '../text/han-fold.ts';

export type {ParseOptions} from './outline.ts';

export function parseReport(text: string, options: ParseOptions = {}): Report {
	return completeReport(parseOutline(text, options), options);
}

/**
 * The extractors' part: measures, attendees and terms read from an outline. With a converter they
 * read the folded outline, and what they find is read back in the outline's own characters.
 */
export function completeReport(outline: Outline, {convert}: Pick<ParseOptions, 'convert'> = {}): Report {
	if (!convert) return extract(outline);
	const original = [...outline.meta.lines, ...outline.sections.map(section => section.text), outline.footer].join('\n');
	const {folded, unfold} = foldingOf(original, convert);
	if (folded === original) return extract(outline);
	const fold = (text: string) => foldHan(text, convert);
	const found = extract({meta: unfoldAll(outline.meta, fold), sections: unfoldAll(outline.sections, fold), footer: fold(outline.footer)});
	return {
		...outline,
		measures: unfoldAll(found.measures, unfold),
		people: unfoldAll(found.people, unfold),
		bodies: unfoldAll(found.bodies, unfold),
		terms: unfoldAll(found.terms, unfold),
	};
}

/** The headline block: the frame's lines but the caption, and a title the text itself lacks (a page's <title>). */
function headOf(meta: Outline['meta']): string[] {
	const lines = meta.lines.filter(line => line !== meta.caption);
	return meta.title && !lines.some(line => line.includes(meta.title)) ? [meta.title, ...lines] : lines;
}

function extract({meta, sections, footer}: Outline): Report {
	const {people, bodies} = extractAttendees(sections, meta);
	return {
		meta,
		sections,
		measures: extractMeasures(sections),
		people,
		bodies,
		terms: extractTerms(sections, headOf(meta)),
		footer,
	};
}
