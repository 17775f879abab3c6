// Body paragraphs → sections, each with its lead phrase and a short heading.
import type {Section} from '../model/report.ts';
import type {Paragraph} from './paragraphs.ts';
import {LEAD_PHRASE} from './lexicon/leads.ts';
import {truncate} from '../text/width.ts';

const HEADING_WIDTH = 28;

/** A lead phrase opening a paragraph, followed by a comma or colon. */
const LEAD = new RegExp(`^${LEAD_PHRASE}(?=[，：,:])`);

/** The lead phrase a paragraph opens with (全会指出), or null. */
export function leadOf(paragraph: string): string | null {
	const match = LEAD.exec(paragraph);
	return match ? match[0] : null;
}

/** The first clause after the lead, cut to a label's width. */
export function headingOf(text: string, lead: string | null): string {
	const rest = (lead ? text.slice(lead.length) : text).replace(/^[，：,:\s]+/, '');
	const clause = /^[^，。；：！？,;:!?]*/.exec(rest)?.[0] || rest;
	return truncate(clause, HEADING_WIDTH);
}

export function buildSections(paragraphs: Paragraph[]): Section[] {
	return paragraphs.map((p, index) => {
		const lead = leadOf(p.text);
		return {id: index + 1, lead, heading: headingOf(p.text, lead), text: p.text, offset: p.offset};
	});
}
