// Commands that print one part of the report: sections, a section's text, measures, attendees,
// terms, metadata. Each takes an optional FILE or '-' last, and --json.
import type {Subcommand, SubcommandContext} from '../subcommand.ts';
import type {Report} from '../../model/report.ts';
import type {Outline} from '../../model/report.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write, writeJson} from '../output.ts';
import {formatAttendees, formatMeasures, formatMeta, formatSections, formatTerms, type PlainStyle} from '../../format/plain.ts';

function onlyFile(context: SubcommandContext, max = 1): string | undefined {
	if (context.args.length > max) fail(`too many arguments: ${context.args.join(' ')} (try plenum --help)`, EXIT.usage);
	return context.args[0];
}

/** A command that prints one part of the report, as text or as JSON. */
function partCommand(spec: Omit<Subcommand, 'run'> & {json(report: Report): unknown; text(report: Report, style: PlainStyle): string}): Subcommand {
	return {
		...spec,
		async run(context) {
			const {report} = await context.open(onlyFile(context));
			if (context.flags.json) writeJson(spec.json(report));
			else write(spec.text(report, context.style));
			return EXIT.ok;
		},
	};
}

/** The same for a part of the outline, which is read without running the extractors. */
function outlineCommand(spec: Omit<Subcommand, 'run'> & {json(outline: Outline): unknown; text(outline: Outline, style: PlainStyle): string}): Subcommand {
	return {
		...spec,
		async run(context) {
			const {outline} = await context.openOutline(onlyFile(context));
			if (context.flags.json) writeJson(spec.json(outline));
			else write(spec.text(outline, context.style));
			return EXIT.ok;
		},
	};
}

export const sections = outlineCommand({
	name: 'sections',
	usage: '[FILE|-]',
	summary: 'list the sections with their lead phrases and headings',
	example: 'plenum sections report.html',
	json: report => report.sections,
	text: formatSections,
});

export const section: Subcommand = {
	name: 'section',
	usage: 'N [FILE|-]',
	summary: "print section N's text and nothing else",
	example: 'plenum section 3 | wc -m',
	async run(context) {
		const [n, file, ...extra] = context.args;
		if (n === undefined || !/^\d+$/.test(n)) fail('section needs a number: plenum section N [FILE]', EXIT.usage);
		if (extra.length > 0) fail(`too many arguments: ${extra.join(' ')} (try plenum --help)`, EXIT.usage);
		const {outline} = await context.openOutline(file);
		const found = outline.sections.find(s => s.id === Number(n));
		if (!found) fail(`no section ${n} (the report has ${outline.sections.length} sections)`, EXIT.notFound);
		if (context.flags.json) writeJson(found);
		else write(found.text);
		return EXIT.ok;
	},
};

export const measures: Subcommand = {
	name: 'measures',
	usage: '[--group G] [--explain] [FILE|-]',
	summary: 'list every enumerated measure, grouped, with its section (--explain: the rule that read each list)',
	example: 'plenum measures --group 主要目标',
	async run(context) {
		const {report} = await context.open(onlyFile(context));
		const group = context.flags.group;
		const chosen = group ? report.measures.filter(m => m.group.includes(group)) : report.measures;
		if (group && chosen.length === 0) {
			const names = [...new Set(report.measures.map(m => m.group))].join('、') || 'none';
			fail(`no measure group matches ${group} (groups: ${names})`, EXIT.notFound);
		}
		if (context.flags.json) writeJson(chosen);
		else write(formatMeasures(chosen, context.style, context.flags.explain));
		return EXIT.ok;
	},
};

export const attendees: Subcommand = {
	name: 'attendees',
	usage: '[--explain] [FILE|-]',
	summary: 'list who presided, spoke, attended and sat in; bodies with counts; mentioned; staff (--explain: the rules behind each)',
	example: 'plenum attendees --json | jq ".people[].name"',
	async run(context) {
		const {report} = await context.open(onlyFile(context));
		if (context.flags.json) writeJson({people: report.people, bodies: report.bodies});
		else write(formatAttendees(report, context.style, context.flags.explain));
		return EXIT.ok;
	},
};

export const terms = partCommand({
	name: 'terms',
	usage: '[FILE|-]',
	summary: 'list the quoted formulations with counts and sections',
	example: 'plenum terms --json | jq -r \'.[] | "\\(.count) \\(.text)"\' | sort -rn',
	json: report => report.terms,
	text: (report, style) => formatTerms(report.terms, style),
});

export const meta = outlineCommand({
	name: 'meta',
	usage: '[FILE|-]',
	summary: 'print title, date, source, meeting, caption and bylines',
	example: 'plenum meta --json report.txt',
	json: report => report.meta,
	text: formatMeta,
});
