// Plain-text views of a report for pipes and copies: one function per part, styled through the
// chalk instance passed in (level 0 on a pipe, so the text stays plain).
import type {ChalkInstance} from 'chalk';
import type {Body, Measure, Person, Report, Section, Term} from '../model/report.ts';
import {padToWidth} from '../text/width.ts';
import {attendanceGroups, bodyPartLabel, PART_LABEL} from '../model/attendance.ts';
import {measureGroups} from '../model/measures.ts';

// The model defines these; they stay importable from here, where the views used to define them.
export {PART_LABEL} from '../model/attendance.ts';
export {measureGroups} from '../model/measures.ts';

/** The chalk functions a plain view styles with: a Chalk of level 0 leaves the text plain. */
export type PlainStyle = Pick<ChalkInstance, 'bold' | 'dim' | 'cyan' | 'yellow' | 'green' | 'magenta'>;

export function sectionLine(section: Section, style: PlainStyle): string {
	const lead = section.lead ? style.cyan(section.lead) + '  ' : '';
	return `${style.dim(`§${section.id}`.padEnd(4))} ${lead}${section.heading}`;
}

export function formatSections(report: Pick<Report, 'sections'>, style: PlainStyle): string {
	return report.sections.map(s => sectionLine(s, style)).join('\n');
}

/** Measures grouped in document order: group name, then numbered items with their section. */
export function formatMeasures(measures: Measure[], style: PlainStyle, explain = false): string {
	return measureGroups(measures)
		.map(g =>
			[
				`${style.bold(g.group)} ${style.dim(`(${g.type}, ${g.items.length})`)}${explain && g.items[0]?.rule ? style.dim(`  ← ${g.items[0].rule}`) : ''}`,
				...g.items.map(m => `  ${String(m.ordinal).padStart(2)}. ${m.text} ${style.dim(`§${m.section}`)}`),
			].join('\n'),
		)
		.join('\n\n');
}

/** The rules behind an item, for --explain: `  ← presided: 主持; named: title before name`. */
const because = (rules: readonly string[] | undefined, style: PlainStyle) => (rules && rules.length > 0 ? style.dim(`  ← ${rules.join('; ')}`) : '');

function personLine(p: Person, style: PlainStyle, explain: boolean): string {
	const roles = p.roles.length > 0 ? p.roles.join('、') + ' ' : '';
	const also = p.also.length > 0 ? style.dim(` (also ${p.also.join(', ')})`) : '';
	return `  ${roles}${style.bold(p.name)}  ${style.green(PART_LABEL[p.part])}${also}${explain ? because(p.rules, style) : ''}`;
}

function bodyLine(b: Body, report: Report, style: PlainStyle, explain: boolean): string {
	const count = b.count === null ? '' : ` ${style.yellow(String(b.count))}`;
	return `  ${b.name}${count}  ${style.green(bodyPartLabel(b, report.sections))}${explain ? because(b.rules, style) : ''}`;
}

export function formatAttendees(report: Report, style: PlainStyle, explain = false): string {
	const blocks = attendanceGroups(report).map((g): [string, string[]] => [
		g.title,
		[...g.people.map(i => personLine(report.people[i], style, explain)), ...g.bodies.map(i => bodyLine(report.bodies[i], report, style, explain))],
	]);
	return blocks
		.filter(([, lines]) => lines.length > 0)
		.map(([title, lines]) => `${style.bold(title)} ${style.dim(`(${lines.length})`)}\n${lines.join('\n')}`)
		.join('\n\n');
}

export function formatTerms(terms: Term[], style: PlainStyle): string {
	return terms.map(t => `  “${t.text}”  ${style.yellow(`×${t.count}`)} ${style.dim(t.sections.map(s => `§${s}`).join(' '))}`).join('\n');
}

export function formatMeta(report: Pick<Report, 'meta'>, style: PlainStyle): string {
	const m = report.meta;
	const rows: [string, string | null][] = [
		['title', m.title || null],
		['date', m.date ? (m.time ? `${m.date} ${m.time}` : m.date) : null],
		['meeting', m.meeting],
		['source', m.source],
		['channel', m.channel],
		['url', m.url ?? null],
		['caption', m.caption],
		...m.bylines.map((b): [string, string] => [b.role, b.name]),
	];
	return rows
		.filter((r): r is [string, string] => r[1] !== null && r[1] !== '')
		.map(([k, v]) => `${style.dim(padToWidth(k, 8))} ${v}`)
		.join('\n');
}

/** The whole structure at a glance: what `plenum FILE | cat` prints. */
export function formatOutline(report: Report, style: PlainStyle): string {
	const parts = [
		style.bold(report.meta.title || '(untitled report)'),
		formatMeta({...report, meta: {...report.meta, title: ''}}, style),
		`${style.bold('Sections')} ${style.dim(`(${report.sections.length})`)}\n${formatSections(report, style)}`,
	];
	if (report.measures.length > 0) parts.push(`${style.bold('Measures')} ${style.dim(`(${report.measures.length})`)}\n\n${formatMeasures(report.measures, style)}`);
	const attendees = formatAttendees(report, style);
	if (attendees) parts.push(attendees);
	if (report.terms.length > 0) parts.push(`${style.bold('Terms')} ${style.dim(`(${report.terms.length})`)}\n${formatTerms(report.terms, style)}`);
	return parts.filter(Boolean).join('\n\n');
}

/** The whole report as plain text: the outline, then every section in full. */
export function reportText(report: Report, style: PlainStyle): string {
	const sections = report.sections.map(s => `${style.bold(`§${s.id}${s.lead ? ' ' + s.lead : ''}`)}\n${s.text}`).join('\n\n');
	return `${formatOutline(report, style)}\n\n${style.bold('Text')}\n\n${sections}\n`;
}
