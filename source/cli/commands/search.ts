// `plenum search QUERY [FILE|-]`: one line per place that matches, grep-like (exit 1 on no
// match). The engine, and with it pinyin-pro and opencc-js, is imported only here, so the other
// commands start without loading them.
import type {ChalkInstance} from 'chalk';
import type {Subcommand} from '../subcommand.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write, writeJson} from '../output.ts';
import {isDirectory} from '../../app/paths.ts';
import type {Report} from '../../model/report.ts';
import type {Context, Hit} from '../../search/index.ts';
import {HAN} from '../../text/han.ts';

function label(hit: Hit, report: Report, style: ChalkInstance): string {
	switch (hit.kind) {
		case 'section': {
			const lead = report.sections.find(s => s.id === hit.id)?.lead;
			return style.dim(`§${hit.id}`) + (lead ? ' ' + style.cyan(lead) : '');
		}
		case 'measure': {
			const measure = report.measures.find(m => m.id === hit.id);
			return style.dim(`§${hit.section}`) + (measure ? ` ${style.cyan(measure.group)} ${measure.ordinal}.` : '');
		}
		default:
			return style.dim(hit.kind);
	}
}

function highlight(context: Context, style: ChalkInstance): string {
	let out = '';
	let at = 0;
	for (const r of context.ranges) {
		out += context.text.slice(at, r.start) + style.bold.red(context.text.slice(r.start, r.end));
		at = r.end;
	}
	return out + context.text.slice(at);
}

function asJson(hit: Hit): object {
	const {kind, id, section, ranges, context} = hit;
	return {kind, id, section, ranges, matches: ranges.map(r => hit.text.slice(r.start, r.end)), context};
}

export const searchCommand: Subcommand = {
	name: 'search',
	usage: 'QUERY [FILE|-|DIR]',
	summary: "find text by characters or pinyin (八八战略, 八八戰略, bbzl, babazhanlue) in a report, or across a folder's reports; exit 1 when nothing matches",
	example: 'plenum search bbzl',
	async run(context) {
		const [query, file, ...extra] = context.args;
		if (query === undefined || query.trim() === '') fail('search needs a query: plenum search QUERY [FILE|-]', EXIT.usage);
		if (extra.length > 0) fail(`too many arguments: ${extra.join(' ')} (quote a query with spaces: plenum search "ba ba zhan lue")`, EXIT.usage);
		if (file !== undefined && isDirectory(file)) return (await import('./library.ts')).searchLibraryCommand(context, query, file);
		const {report} = await context.open(file);
		const engine = await import('../../search/index.ts');
		// Chinese characters in a query are folded traditional → simplified, and the text with them;
		// a pinyin query matches by the readings of the characters as written: no need for opencc.
		const hits = engine.search(await engine.createIndex(report, {traditional: new RegExp(HAN, 'u').test(query)}), query);
		if (context.flags.json) writeJson(hits.map(asJson));
		else if (hits.length > 0) write(hits.map(hit => `${label(hit, report, context.style)}  ${highlight(hit.context, context.style)}`).join('\n'));
		// As grep: exit 1; and a line on stderr, so a pipe that prints nothing is not a mystery.
		if (hits.length === 0) fail(`no match for ${query}`, EXIT.notFound);
		return EXIT.ok;
	},
};
