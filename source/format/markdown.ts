// The report as a clean Markdown document: metadata on top, a heading per section, measures as
// numbered lists under their group names, an attendee table, and the terms with counts.
import type {Report, Section} from '../model/report.ts';
import {measureGroups, PART_LABEL} from './plain.ts';

/** Markdown would read these as markup at the start of a line or inside a table cell. */
function cell(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function block(text: string): string {
	return text.replace(/^([#>*+-]|\d+\.)(\s)/gm, '\\$1$2');
}

function sectionHeading(section: Section): string {
	return section.lead ? `§${section.id} ${section.lead} · ${section.heading}` : `§${section.id} ${section.heading}`;
}

function table(header: string[], rows: string[][]): string {
	return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(r => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function sectionsMarkdown(sections: Section[]): string {
	return sections.map(s => `### ${cell(sectionHeading(s))}\n\n${block(s.text)}`).join('\n\n');
}

export function reportMarkdown(report: Report): string {
	const {meta} = report;
	const facts: [string, string | null][] = [
		['Date', meta.date ? (meta.time ? `${meta.date} ${meta.time}` : meta.date) : null],
		['Meeting', meta.meeting],
		['Source', meta.source],
		['Bylines', meta.bylines.length > 0 ? meta.bylines.map(b => `${b.role} ${b.name}`).join(' · ') : null],
		['Caption', meta.caption],
	];
	const out: string[] = [`# ${cell(meta.title || meta.meeting || 'Untitled report')}`];
	const present = facts.filter((f): f is [string, string] => Boolean(f[1]));
	if (present.length > 0) out.push(present.map(([k, v]) => `- **${k}:** ${cell(v)}`).join('\n'));
	out.push(`## Sections\n\n${sectionsMarkdown(report.sections)}`);
	if (report.measures.length > 0) {
		const groups = measureGroups(report.measures).map(g => `### ${cell(g.group)} (${g.type})\n\n${g.items.map(m => `${m.ordinal}. ${cell(m.text)} (§${m.section})`).join('\n')}`);
		out.push(`## Measures\n\n${groups.join('\n\n')}`);
	}
	if (report.people.length > 0 || report.bodies.length > 0) {
		const parts: string[] = [];
		if (report.people.length > 0) {
			const people = report.people.map(p => [p.name, p.roles.join('、'), [PART_LABEL[p.part], ...p.also.map(a => PART_LABEL[a])].join(', ') + (p.as ? ` (${p.as})` : ''), p.sections.map(s => `§${s}`).join(' ')]);
			parts.push(table(['Name', 'Roles', 'Part', 'Sections'], people));
		}
		if (report.bodies.length > 0) {
			const bodies = report.bodies.map(b => [b.name, b.count === null ? '' : String(b.count), PART_LABEL[b.part]]);
			parts.push(`### Bodies\n\n${table(['Body', 'Count', 'Part'], bodies)}`);
		}
		out.push(`## Attendees\n\n${parts.join('\n\n')}`);
	}
	if (report.terms.length > 0) {
		out.push(`## Terms\n\n${table(['Term', 'Count', 'Sections'], report.terms.map(t => [`“${t.text}”`, String(t.count), t.sections.map(s => `§${s}`).join(' ')]))}`);
	}
	return out.join('\n\n') + '\n';
}
