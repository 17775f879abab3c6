// plenum diff OLD NEW: what is new, what was dropped, what changed between two reports — a
// redline for a terminal or a pipe, Markdown with --format md, the whole comparison with --json.
// --previous NEW finds OLD by itself: the nearest earlier report of the same series in NEW's folder.
import {writeFileSync} from 'node:fs';
import type {Subcommand, SubcommandContext} from '../subcommand.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write} from '../output.ts';
import {previousInFolder} from '../../app/library.ts';
import type {Compared} from '../../app/browser.ts';
import {EXPORT_FORMATS, fileErrorText, formatForPath, unknownExtension, type ExportFormat} from '../../app/export.ts';
import type {Comparison} from '../../compare/types.ts';
import {sanitizeLine} from '../../text/sanitize.ts';
import {Chalk} from 'chalk';

/** OLD and NEW from the arguments: two paths, or --previous and one. */
export async function diffPaths(context: Pick<SubcommandContext, 'args'> & {flags: {previous?: boolean}}): Promise<[string, string]> {
	const args = context.args;
	if (context.flags.previous) {
		if (args.length !== 1) fail('diff --previous needs one report: plenum diff --previous NEW', EXIT.usage);
		if (args[0] === '-') fail('diff --previous needs a file, not stdin, to look beside', EXIT.usage);
		const previous = await previousInFolder(args[0]);
		if ('reason' in previous) fail(previous.reason, EXIT.notFound);
		return [previous.path, args[0]];
	}
	if (args.length !== 2) fail(`diff needs two reports: plenum diff OLD NEW${args.length > 2 ? ` (too many arguments: ${args.slice(2).join(' ')})` : ''}`, EXIT.usage);
	if (args[0] === '-' && args[1] === '-') fail('only one of OLD and NEW can be stdin', EXIT.usage);
	return [args[0], args[1]];
}

/** OLD and NEW opened and compared. */
export async function openCompared(context: SubcommandContext): Promise<Compared> {
	const [oldPath, newPath] = await diffPaths(context);
	const older = await context.open(oldPath);
	const newer = await context.open(newPath);
	// The comparison loads only here, so no other command pays for it at start-up.
	const {compareReports} = await import('../../compare/index.ts');
	return {older, newer, comparison: compareReports(older.report, newer.report, {oldPath, newPath})};
}

/** Every string of the comparison with control characters and escape sequences made visible. */
function sanitized(comparison: Comparison): Comparison {
	return JSON.parse(JSON.stringify(comparison), (_key, value) => (typeof value === 'string' ? sanitizeLine(value) : value));
}

export const diffCommand: Subcommand = {
	name: 'diff',
	usage: 'OLD NEW | --previous NEW',
	summary: 'compare two reports: changed formulations, terms, people, measures, then the text as a redline',
	example: 'plenum diff 2023.txt 2024.html --format md',
	async run(context) {
		const requested = context.flags.format;
		if (requested !== undefined && !EXPORT_FORMATS[requested.toLowerCase()]) fail(`unknown format ${requested} (md, json or txt)`, EXIT.usage);
		const output = context.flags.output;
		// The formats and the names for them are export's (app/export.ts); a pipe gets the redline.
		const format: ExportFormat | null = context.flags.json ? 'json' : requested ? EXPORT_FORMATS[requested.toLowerCase()] : output ? formatForPath(output) : 'txt';
		if (format === null) fail(`cannot write ${output}: ${unknownExtension(output!)}, or give --format`, EXIT.usage);
		const {comparison} = await openCompared(context);
		const {formatRedline, formatRedlineMarkdown} = await import('../../compare/render.ts');
		let text: string;
		if (format === 'json') text = JSON.stringify(comparison, null, 2);
		else if (format === 'md') text = formatRedlineMarkdown(comparison);
		else if (output) text = formatRedline(comparison, new Chalk({level: 0}));
		// On a terminal, escape sequences inside a report must not reach it.
		else text = formatRedline(process.stdout.isTTY ? sanitized(comparison) : comparison, context.style);
		if (!output) {
			write(text);
			return EXIT.ok;
		}
		try {
			writeFileSync(output, text.endsWith('\n') ? text : text + '\n');
		} catch (error) {
			fail(`cannot write ${output}: ${fileErrorText((error as NodeJS.ErrnoException).code)}`, EXIT.unreadable);
		}
		return EXIT.ok;
	},
};
