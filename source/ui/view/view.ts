// The report as the browser shows it: every string that reaches the screen is sanitized here,
// section text keeps a map back to the model's offsets so highlights land on the right characters.
// A section's text is sanitized when it is first shown or searched, not when the report opens: a
// report of tens of thousands of sections shows its first screen without reading the rest.
import type {Body, Measure, Person, Report, Section, Term} from '../../model/report.ts';
import {sanitizeLine, sanitizeWithMap} from '../../text/sanitize.ts';

export interface ViewSection {
	id: number;
	lead: string | null;
	heading: string;
	/** The section's text as shown: sanitized on first use. */
	readonly text: string;
	/** The model's text length: the section's size, known without sanitizing it. */
	readonly size: number;
	/** An offset in the model's text → the offset in `text`. */
	screenOffset(offset: number): number;
}

export interface ViewMeta {
	title: string;
	date: string | null;
	source: string | null;
	meeting: string | null;
	/** Caption and byline lines, where staff names occur. */
	lines: string[];
}

export interface View {
	report: Report;
	/** False while the extractors are still reading: measures, people, bodies and terms are empty. */
	complete: boolean;
	meta: ViewMeta;
	sections: ViewSection[];
	measures: Measure[];
	people: Person[];
	bodies: Body[];
	terms: Term[];
}

/**
 * Characters sanitize.ts changes or drops (controls but LF, tabs, CR, line and paragraph
 * separators, bidi controls, zero-width space, BOM). Text without any is shown as it is, with no
 * copy and no offset map: nearly every report. test/ui/view.test.ts holds sanitize to that.
 */
export const NEEDS_SANITIZING = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/;

/** One line for a label: sanitizeLine, without building an offset map for text that needs none. */
function label(text: string): string {
	return NEEDS_SANITIZING.test(text) ? sanitizeLine(text) : text.replace(/\n+/g, ' ');
}

class ShownSection implements ViewSection {
	readonly id: number;
	readonly lead: string | null;
	readonly heading: string;
	readonly size: number;
	// Private to the class (not own enumerable fields): the raw text is never among what is shown.
	readonly #raw: string;
	#shown: string | null = null;
	#map: Int32Array | null = null;

	constructor(section: Section) {
		this.id = section.id;
		this.lead = section.lead === null ? null : label(section.lead);
		this.heading = label(section.heading);
		this.#raw = section.text;
		this.size = section.text.length;
	}

	get text(): string {
		if (this.#shown === null) {
			if (NEEDS_SANITIZING.test(this.#raw)) ({text: this.#shown, map: this.#map} = sanitizeWithMap(this.#raw));
			else this.#shown = this.#raw;
		}
		return this.#shown;
	}

	screenOffset(offset: number): number {
		void this.text;
		const at = Math.max(0, Math.min(offset, this.size));
		return this.#map ? this.#map[at] : at;
	}
}

function metaOf(report: Report): ViewMeta {
	const m = report.meta;
	const line = (s: string | null) => (s === null ? null : sanitizeLine(s));
	return {
		title: sanitizeLine(m.title) || '(untitled report)',
		date: m.date ? (m.time ? `${m.date} ${m.time}` : m.date) : null,
		source: line(m.source),
		meeting: line(m.meeting),
		lines: [m.caption ?? '', ...m.bylines.map(b => `${b.role}: ${b.name}`)].filter(Boolean).map(sanitizeLine),
	};
}

function clean<T extends object>(item: T, keys: (keyof T)[]): T {
	const copy = {...item};
	for (const key of keys) {
		const value = copy[key];
		if (typeof value === 'string') copy[key] = sanitizeLine(value) as T[keyof T];
		else if (Array.isArray(value)) copy[key] = value.map(v => (typeof v === 'string' ? sanitizeLine(v) : v)) as T[keyof T];
	}
	return copy;
}

/** What the extractors found, made safe for the screen. */
function extracted(report: Report): Pick<View, 'measures' | 'people' | 'bodies' | 'terms'> {
	return {
		measures: report.measures.map(x => clean(x, ['group', 'text'])),
		people: report.people.map(p => clean(p, ['name', 'asWritten', 'roles'])),
		bodies: report.bodies.map(b => clean(b, ['name'])),
		terms: report.terms.map(t => clean(t, ['text'])),
	};
}

/** The view of a report; `complete` false for an outline whose extractors are still reading. */
export function buildView(report: Report, complete = true): View {
	return {report, complete, meta: metaOf(report), sections: report.sections.map(s => new ShownSection(s)), ...extracted(report)};
}

/**
 * The view once the extractors are done: the same metadata and sections (what is laid out and
 * painted stays as it is), with the report's measures, people, bodies and terms.
 */
export function completeView(view: View, report: Report): View {
	return {...view, report, complete: true, ...extracted(report)};
}
