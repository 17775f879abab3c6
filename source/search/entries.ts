// What of a report is searchable, one entry per section, measure, person, body and term.
import type {Report} from '../model/report.ts';
import type {Entry} from './types.ts';

export function reportEntries(report: Report, reportNumber: number): Entry[] {
	const at = {report: reportNumber};
	return [
		...report.sections.map((s): Entry => ({...at, kind: 'section', id: s.id, section: s.id, text: s.text})),
		...report.measures.map((m): Entry => ({...at, kind: 'measure', id: m.id, section: m.section, text: m.text})),
		// Name first, so ranges below name.length fall on the name; roles let `马卫光 书记` find him.
		...report.people.map((p, i): Entry => ({...at, kind: 'person', id: i, section: null, text: [p.name, ...p.roles].join(' ')})),
		...report.bodies.map((b, i): Entry => ({...at, kind: 'body', id: i, section: null, text: b.name})),
		...report.terms.map((t, i): Entry => ({...at, kind: 'term', id: i, section: null, text: t.text})),
	];
}
