// What `s` saves: the focused item as a report of its own, so `exportReport` writes it in any
// format exactly as `plenum export` writes a whole report — the metadata on top, then only the
// part in focus:
//
//   section          that section, and the measures listed in it
//   measure          its whole group, and the sections the items sit in
//   person, body,    that entry, and the sections where it occurs
//   term
import type {Report} from '../../model/report.ts';
import type {Target} from './tabs.ts';
import {groupOf} from './focused-text.ts';
import {formatForPath, exportReport, type ExportFormat} from '../../app/export.ts';

function only(report: Report, sectionIds: number[]): Report {
	const ids = new Set(sectionIds);
	return {...report, sections: report.sections.filter(s => ids.has(s.id)), measures: [], people: [], bodies: [], terms: [], footer: ''};
}

function sectionsWith(report: Report, listed: number[], needles: string[]): number[] {
	const wanted = new Set(listed);
	return report.sections.filter(s => wanted.has(s.id) || needles.some(n => n && s.text.includes(n))).map(s => s.id);
}

export function focusedReport(report: Report, target: Target | null): Report {
	if (target === null) return report;
	switch (target.kind) {
		case 'section':
			return {...only(report, [target.id]), measures: report.measures.filter(m => m.section === target.id)};
		case 'measure': {
			const items = groupOf(report.measures, target.index)?.items ?? [];
			return {
				...only(
					report,
					items.map(m => m.section),
				),
				measures: items,
			};
		}
		case 'person': {
			const p = report.people[target.index];
			return {...only(report, sectionsWith(report, p.sections, [p.name, p.asWritten ?? ''])), people: [p]};
		}
		case 'body': {
			const b = report.bodies[target.index];
			return {...only(report, sectionsWith(report, b.sections, [b.name])), bodies: [b]};
		}
		case 'term': {
			const t = report.terms[target.index];
			return {...only(report, sectionsWith(report, t.sections, [t.text])), terms: [t]};
		}
	}
}

const FORMAT_NAME: Record<ExportFormat, string> = {md: 'Markdown', json: 'JSON', txt: 'text'};

export interface SaveContent {
	content: string;
	format: ExportFormat;
	formatName: string;
}

/** The file `s` writes to `path`: its format from the extension (.md, .json, .txt; none: .md), or null for another extension. */
export function saveContent(report: Report, target: Target | null, path: string): SaveContent | null {
	const format = formatForPath(path);
	return format && {content: exportReport(focusedReport(report, target), format), format, formatName: FORMAT_NAME[format]};
}
