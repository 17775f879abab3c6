// The report as a clean Markdown document: metadata on top, a heading per section, measures as
// numbered lists under their group names, attendees in the browser's groups, terms with counts.
import type {Body, Person, Report, Section} from '../model/report.ts';
import {attendanceGroups, bodyPartLabel, PART_LABEL} from '../model/attendance.ts';
import {measureGroups} from '../model/measures.ts';

/** Markdown would read these as markup inside a table cell. */
function cell(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** …and these at the start of a line, or as emphasis inside one. */
function block(text: string): string {
	return text.replace(/([*_`\\])/g, '\\$1').replace(/^([#>+-]|\d+\.)(\s)/gm, '\\$1$2');
}

/** The lead phrase names a section; without one, its first clause does (never cut mid-word). */
function sectionHeading(section: Section): string {
	if (section.lead) return `§${section.id} ${section.lead}`;
	const clause = /^[^，。；：！？,;:!?]{1,30}/.exec(section.text)?.[0] ?? '';
	return clause ? `§${section.id} ${clause}` : `§${section.id}`;
}

function table(header: string[], rows: string[][]): string {
	return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(r => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function sectionsMarkdown(sections: Section[]): string {
	return sections.map(s => `### ${cell(sectionHeading(s))}\n\n${block(s.text)}`).join('\n\n');
}

/** Where a name occurs: its sections, or outside them (section 0) the photo caption or the byline. */
function places(person: Person): string {
	const body = person.sections.filter(s => s > 0).map(s => `§${s}`);
	if (person.sections.includes(0)) body.push(person.part === 'staff' && person.staffRole !== 'photographer' ? 'byline' : 'caption');
	return body.join(' ');
}

function peopleTable(people: Person[]): string {
	const rows = people.map(p => [p.name, p.roles.join('、'), [PART_LABEL[p.part], ...p.also.map(a => PART_LABEL[a])].join(', '), places(p)]);
	return table(['Name', 'Roles', 'Part', 'Where'], rows);
}

function bodiesTable(bodies: Body[], report: Report): string {
	return table(
		['Body', 'Count', 'Part'],
		bodies.map(b => [b.name, b.count === null ? '' : String(b.count), bodyPartLabel(b, report.sections)]),
	);
}

function attendeesMarkdown(report: Report): string | null {
	const groups = attendanceGroups(report).map((g): [string, string | null] => [
		g.title,
		g.people.length > 0
			? peopleTable(g.people.map(i => report.people[i]))
			: g.bodies.length > 0
				? bodiesTable(
						g.bodies.map(i => report.bodies[i]),
						report,
					)
				: null,
	]);
	const shown = groups.filter((g): g is [string, string] => g[1] !== null);
	return shown.length > 0 ? `## Attendees\n\n${shown.map(([title, body]) => `### ${title}\n\n${body}`).join('\n\n')}` : null;
}

function measuresMarkdown(report: Report): string | null {
	if (report.measures.length === 0) return null;
	const groups = measureGroups(report.measures).map(g => {
		const sections = [...new Set(g.items.map(m => m.section))];
		const oneSection = sections.length === 1;
		const where = oneSection ? `, §${sections[0]}` : '';
		const items = g.items.map(m => `${m.ordinal}. ${block(m.text)}${oneSection ? '' : ` (§${m.section})`}`);
		return `### ${cell(g.group)}\n\n*${g.type}, ${g.items.length} items${where}*\n\n${items.join('\n')}`;
	});
	return `## Measures\n\n${groups.join('\n\n')}`;
}

export function reportMarkdown(report: Report): string {
	const {meta} = report;
	const facts: [string, string | null][] = [
		['Date', meta.date ? (meta.time ? `${meta.date} ${meta.time}` : meta.date) : null],
		['Meeting', meta.meeting],
		['Source', meta.source],
		...meta.bylines.map((b): [string, string] => [b.role, b.name]),
		['Caption', meta.caption],
	];
	const out: string[] = [`# ${cell(meta.title || meta.meeting || 'Untitled report')}`];
	const present = facts.filter((f): f is [string, string] => Boolean(f[1]));
	if (present.length > 0) out.push(present.map(([k, v]) => `- **${k}:** ${block(cell(v))}`).join('\n'));
	out.push(`## Sections\n\n${sectionsMarkdown(report.sections)}`);
	const measures = measuresMarkdown(report);
	if (measures) out.push(measures);
	const attendees = attendeesMarkdown(report);
	if (attendees) out.push(attendees);
	if (report.terms.length > 0) {
		out.push(
			`## Terms\n\n${table(
				['Term', 'Count', 'Sections'],
				report.terms.map(t => [`“${t.text}”`, String(t.count), t.sections.map(s => `§${s}`).join(' ')]),
			)}`,
		);
	}
	return out.join('\n\n') + '\n';
}
