// The report as the browser shows it: every string that reaches the screen is sanitized once here,
// section text keeps a map back to the model's offsets so highlights land on the right characters.
import type {Body, Measure, Person, Report, Term} from '../../model/report.ts';
import {sanitizeLine, sanitizeWithMap} from '../../text/sanitize.ts';

export interface ViewSection {
	id: number;
	lead: string | null;
	heading: string;
	text: string;
	/** Model offset in the section's raw text → offset in `text`. */
	map: Int32Array;
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
	meta: ViewMeta;
	sections: ViewSection[];
	measures: Measure[];
	people: Person[];
	bodies: Body[];
	terms: Term[];
}

export function buildView(report: Report): View {
	const m = report.meta;
	const line = (s: string | null) => (s === null ? null : sanitizeLine(s));
	const clean = <T extends object>(item: T, keys: (keyof T)[]): T => {
		const copy = {...item};
		for (const key of keys) {
			const value = copy[key];
			if (typeof value === 'string') copy[key] = sanitizeLine(value) as T[keyof T];
			else if (Array.isArray(value)) copy[key] = value.map(v => (typeof v === 'string' ? sanitizeLine(v) : v)) as T[keyof T];
		}
		return copy;
	};
	return {
		report,
		meta: {
			title: sanitizeLine(m.title) || '(untitled report)',
			date: m.date ? (m.time ? `${m.date} ${m.time}` : m.date) : null,
			source: line(m.source),
			meeting: line(m.meeting),
			lines: [m.caption ?? '', ...m.bylines.map(b => `${b.role}: ${b.name}`)].filter(Boolean).map(sanitizeLine),
		},
		sections: report.sections.map(s => {
			const {text, map} = sanitizeWithMap(s.text);
			return {id: s.id, lead: line(s.lead), heading: sanitizeLine(s.heading), text, map};
		}),
		measures: report.measures.map(x => clean(x, ['group', 'text'])),
		people: report.people.map(p => clean(p, ['name', 'asWritten', 'roles'])),
		bodies: report.bodies.map(b => clean(b, ['name'])),
		terms: report.terms.map(t => clean(t, ['text'])),
	};
}
