// Plain-text views of a report for pipes and copies: one function per part, styled through the
// chalk instance passed in (level 0 on a pipe, so the text stays plain).
import type {ChalkInstance} from 'chalk';
import type {Body, Measure, Person, Report, Section, Term} from '../model/report.ts';
import {padToWidth} from '../text/width.ts';
import {GROUP_TITLES, groupPeople} from '../model/attendance.ts';

type Style = Pick<ChalkInstance, 'bold' | 'dim' | 'cyan' | 'yellow' | 'green' | 'magenta'>;

export const PART_LABEL: Record<string, string> = {
	presided: 'presided',
	spoke: 'spoke',
	reported: 'reported',
	explained: 'explained',
	attended: 'attended',
	observer: 'sat in (列席)',
	mentioned: 'mentioned',
	staff: 'staff',
};

export function sectionLine(section: Section, style: Style): string {
	const lead = section.lead ? style.cyan(section.lead) + '  ' : '';
	return `${style.dim(`§${section.id}`.padEnd(4))} ${lead}${section.heading}`;
}

export function formatSections(report: Pick<Report, 'sections'>, style: Style): string {
	return report.sections.map(s => sectionLine(s, style)).join('\n');
}

/** Measures grouped in document order: group name, then numbered items with their section. */
export function measureGroups(measures: Measure[]): {group: string; type: string; items: Measure[]}[] {
	const groups: {group: string; type: string; items: Measure[]}[] = [];
	for (const m of measures) {
		const last = groups.at(-1);
		if (last && last.group === m.group && m.ordinal > 1) last.items.push(m);
		else groups.push({group: m.group, type: m.type, items: [m]});
	}
	return groups;
}

export function formatMeasures(measures: Measure[], style: Style): string {
	return measureGroups(measures)
		.map(g => [`${style.bold(g.group)} ${style.dim(`(${g.type}, ${g.items.length})`)}`, ...g.items.map(m => `  ${String(m.ordinal).padStart(2)}. ${m.text} ${style.dim(`§${m.section}`)}`)].join('\n'))
		.join('\n\n');
}

function personLine(p: Person, style: Style): string {
	const roles = p.roles.length > 0 ? p.roles.join('、') + ' ' : '';
	const also = p.also.length > 0 ? style.dim(` (also ${p.also.join(', ')})`) : '';
	return `  ${roles}${style.bold(p.name)}  ${style.green(PART_LABEL[p.part])}${also}`;
}

function bodyLine(b: Body, style: Style): string {
	const count = b.count === null ? '' : ` ${style.yellow(String(b.count))}`;
	return `  ${b.name}${count}  ${style.green(PART_LABEL[b.part])}`;
}

export function formatAttendees(report: Report, style: Style): string {
	const people = groupPeople(report.people, p => p);
	const lines = (group: Person[]) => group.map(p => personLine(p, style));
	const blocks: [string, string[]][] = [
		[GROUP_TITLES.present, lines(people.present)],
		[GROUP_TITLES.satIn, lines(people.satIn)],
		['Bodies', report.bodies.map(b => bodyLine(b, style))],
		[GROUP_TITLES.mentioned, lines(people.mentioned)],
		[GROUP_TITLES.staff, lines(people.staff)],
	];
	return blocks
		.filter(([, lines]) => lines.length > 0)
		.map(([title, lines]) => `${style.bold(title)} ${style.dim(`(${lines.length})`)}\n${lines.join('\n')}`)
		.join('\n\n');
}

export function formatTerms(terms: Term[], style: Style): string {
	return terms.map(t => `  “${t.text}”  ${style.yellow(`×${t.count}`)} ${style.dim(t.sections.map(s => `§${s}`).join(' '))}`).join('\n');
}

export function formatMeta(report: Pick<Report, 'meta'>, style: Style): string {
	const m = report.meta;
	const rows: [string, string | null][] = [
		['title', m.title || null],
		['date', m.date ? (m.time ? `${m.date} ${m.time}` : m.date) : null],
		['meeting', m.meeting],
		['source', m.source],
		['channel', m.channel],
		['caption', m.caption],
		...m.bylines.map((b): [string, string] => [b.role, b.name]),
	];
	return rows
		.filter((r): r is [string, string] => r[1] !== null && r[1] !== '')
		.map(([k, v]) => `${style.dim(padToWidth(k, 8))} ${v}`)
		.join('\n');
}

/** The whole structure at a glance: what `plenum FILE | cat` prints. */
export function formatOutline(report: Report, style: Style): string {
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
export function reportText(report: Report, style: Style): string {
	const sections = report.sections.map(s => `${style.bold(`§${s.id}${s.lead ? ' ' + s.lead : ''}`)}\n${s.text}`).join('\n\n');
	return `${formatOutline(report, style)}\n\n${style.bold('Text')}\n\n${sections}\n`;
}
