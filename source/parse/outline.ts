// The report's outline: metadata, sections and footer — everything but the extractors. Commands
// that print only these (section N, sections, meta) stop here and start faster.
import type {Outline} from '../model/report.ts';
import {restoreParagraphs, splitParagraphs, unglueDateStamp, unglueHeadline} from './paragraphs.ts';
import {classify} from './roles.ts';
import {buildMeta} from './meta.ts';
import {buildSections} from './sections.ts';
import {MEETING_HELD, REPORT_WORDS} from './lexicon/meetings.ts';
import {HAN} from '../text/han.ts';
import {foldingOf, unfoldAll, withoutReadings} from '../text/folding.ts';
import type {CharConverter} from '../text/han-fold.ts';

export interface ParseOptions {
	/** The page's own title (HTML <title>), used when the text has no title line. */
	pageTitle?: string | null;
	/** The file's name: archives date their files, and short items state only the day. */
	name?: string;
	/** The date a web page says it was published: the year a day-only dateline lacks. */
	pageDate?: string | null;
	/** Traditional → simplified, when the text is written in traditional characters. */
	convert?: CharConverter;
}

export type {Outline} from '../model/report.ts';

export function parseOutline(text: string, options: ParseOptions = {}): Outline {
	const {folded, unfold, toOriginal, endToOriginal, jammer} = foldingOf(text, options.convert);
	if (folded === text) return outlineOf(text, options);
	const outline = outlineOf(folded, options);
	// A section is its place in the text: read back by offset, since a paragraph may repeat.
	const sections = outline.sections.map(section => {
		const [start, end] = [toOriginal(section.offset), endToOriginal(section.offset + section.text.length)];
		return {...unfoldAll(section, unfold), text: text.slice(start, end), offset: start};
	});
	// A forum's jammer at a line's start or end is in no section nor headline line: it is the page's.
	const heldBySection = (at: number) => sections.some(s => at >= s.offset && at < s.offset + s.text.length);
	const strayJammer = jammer.filter(run => !heldBySection(run.start)).map(run => text.slice(run.start, run.end).trim());
	return {meta: unfoldAll(outline.meta, unfold), sections, footer: [unfold(outline.footer), ...strayJammer].filter(Boolean).join('\n')};
}

function outlineOf(text: string, options: ParseOptions): Outline {
	const paragraphs = unglueHeadline(unglueDateStamp(splitParagraphs(text)));
	const roles = classify(paragraphs);
	const meta = buildMeta(paragraphs, roles, {pageTitle: options.pageTitle ?? null, pageDate: options.pageDate ?? null, name: options.name ?? '', allText: text});
	const body = restoreParagraphs(paragraphs.filter((_, i) => roles[i] === 'body'));
	const footer = paragraphs
		.filter((_, i) => roles[i] === 'chrome')
		.map(p => p.text)
		.join('\n');
	return {meta, sections: buildSections(body), footer};
}

const REPORT_WORD = new RegExp(REPORT_WORDS.join('|'));
const HAN_RUN = new RegExp(`${HAN}{6}`, 'u');

/** How many opening sections may say that a meeting was held: a saved page may open with chrome (61). */
const OPENING_SECTIONS = 6;

/**
 * A report has sections and something of the genre: a meeting, a lead phrase, a meeting's word in
 * its title, or an opening that says a meeting was held. Read from the outline alone: listing a
 * folder need not run the extractors.
 */
export function looksLikeReport(report: Outline): boolean {
	if (report.sections.length === 0) return false;
	// A headline that says a meeting was held counts as an opening does: …座谈会在洛召开 (382).
	if (report.meta.meeting || report.sections.some(s => s.lead) || REPORT_WORD.test(report.meta.title) || MEETING_HELD.test(withoutReadings(report.meta.title))) return true;
	// Only sections with words count toward the opening: a crawler's log runs hundreds of lines of
	// paths and hashes before the story (616).
	return report.sections
		.filter(s => HAN_RUN.test(s.text))
		.slice(0, OPENING_SECTIONS)
		.some(s => MEETING_HELD.test(withoutReadings(s.text)));
}
