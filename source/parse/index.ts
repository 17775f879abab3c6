// The parser: loaded text → Report. Pure: no I/O, no UI.
import type {Person, Report} from '../model/report.ts';
import {parseOutline, type Outline, type ParseOptions} from './outline.ts';
import {extractTerms} from './terms.ts';
import {lineRule} from './roles.ts';
import {extractAttendees} from './attendees/index.ts';
import {extractMeasures} from './measures/index.ts';
import {foldingOf, unfoldAll, withoutReadings} from '../text/folding.ts';

export type {ParseOptions} from './outline.ts';

export function parseReport(text: string, options: ParseOptions = {}): Report {
	return completeReport(parseOutline(text, options), options);
}

/** The extractors, each read from the outline alone: any of them may run on its own (in its own thread). */
export type Extractor = 'attendees' | 'measures' | 'terms';
export const EXTRACTORS: readonly Extractor[] = ['attendees', 'measures', 'terms'];

/**
 * The extractors' part: measures, attendees and terms read from an outline (only `extractors`:
 * what the others find is left empty). With a converter they read the folded outline, and what
 * they find is read back in the outline's own characters.
 */
export function completeReport(outline: Outline, {convert}: Pick<ParseOptions, 'convert'> = {}, extractors: readonly Extractor[] = EXTRACTORS): Report {
	const extract = (o: Outline) => extractSome(o, new Set(extractors));
	const unfold = unfoldingOf(outline, convert);
	if (!unfold) return extract(outline);
	// Each section is folded on its own, so an item's place in it maps back to the section as written.
	const sections = outline.sections.map(section => ({section, folding: foldingOf(section.text, convert)}));
	const fold = (text: string) => foldingOf(text, convert).folded;
	const found = extract({
		meta: unfoldAll(outline.meta, fold),
		sections: sections.map(({section, folding}) => ({...section, text: folding.folded, lead: section.lead && fold(section.lead), heading: fold(section.heading)})),
		footer: fold(outline.footer),
	});
	const bySection = new Map(sections.map(({section, folding}) => [section.id, folding]));
	return {
		...outline,
		measures: found.measures.map(measure => {
			const folding = bySection.get(measure.section);
			const start = measure.start >= 0 && folding ? folding.toOriginal(measure.start) : measure.start;
			return {...unfoldAll(measure, unfold), start};
		}),
		people: unfoldAll(found.people, unfold).map(spokenName),
		bodies: unfoldAll(found.bodies, unfold),
		terms: unfoldAll(found.terms, unfold),
	};
}

/**
 * How what the extractors find in the folded outline is read back, or null when nothing in it
 * folds. The whole text joined (as long as the report: 35 MB on a 50 MB one) is made and dropped
 * here: a variable of completeReport's holding it stayed alive while the extractors ran.
 */
function unfoldingOf(outline: Outline, convert: ParseOptions['convert']): ((text: string) => string) | null {
	const original = [...outline.meta.lines, ...outline.sections.map(section => section.text), outline.footer].join('\n');
	const {folded, unfold} = foldingOf(original, convert);
	return folded === original ? null : unfold;
}

/** A person's name is read without a mirror's readings; the name as written keeps them for finding it in the text. */
function spokenName(person: Person): Person {
	const name = withoutReadings(person.name);
	return name === person.name ? person : {...person, name, asWritten: person.asWritten ?? person.name};
}

/** The headline block: the frame's lines but the caption, and a title the text itself lacks (a page's <title>). */
/** Lines of the frame that say when and from where, not what: 2020-01-25 19:58:15 來源: 新華社“新華視點”微博 (354). */
const NOT_HEAD = new Set(['page date', 'source']);

function headOf(meta: Outline['meta']): string[] {
	const lines = meta.lines.filter(line => line !== meta.caption && !NOT_HEAD.has(lineRule(line)?.name ?? ''));
	return meta.title && !lines.some(line => line.includes(meta.title)) ? [meta.title, ...lines] : lines;
}

function extractSome({meta, sections, footer}: Outline, extractors: ReadonlySet<Extractor>): Report {
	const {people, bodies} = extractors.has('attendees') ? extractAttendees(sections, meta, footer.split('\n', 1)[0]) : {people: [], bodies: []};
	return {
		meta,
		sections,
		measures: extractors.has('measures') ? extractMeasures(sections) : [],
		people,
		bodies,
		terms: extractors.has('terms') ? extractTerms(sections, headOf(meta)) : [],
		footer,
	};
}
