// plenum diff OLD NEW: what is new, what was dropped, what changed between two reports — a
// redline for a terminal or a pipe, Markdown with --format md, the whole comparison with --json.
// --previous NEW finds OLD by itself: the nearest earlier report of the same series in NEW's folder.
// As export: on a terminal the reports' controls are placeholders (not with --json or --raw); -o
// writes a file whole or not at all, never over either report, and over a file only with --force.
import type {Subcommand, SubcommandContext} from '../subcommand.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write} from '../output.ts';
import {previousInFolder} from '../../app/library.ts';
import type {Compared} from '../../app/browser.ts';
import {EXPORT_FORMATS, formatForPath, unknownExtension, type ExportFormat} from '../../app/export.ts';
import {fileErrorText} from '../../app/file-errors.ts';
import {outputConflict, writeFileAtomic} from '../../app/write-file.ts';
import {Chalk} from 'chalk';

/** OLD and NEW from the arguments: two paths, or --previous and one. */
export async function diffPaths(context: Pick<SubcommandContext, 'args' | 'openOptions'> & {flags: {previous?: boolean}}): Promise<[string, string]> {
	const args = context.args;
	if (context.flags.previous) {
		if (args.length !== 1) fail('diff --previous needs one report: plenum diff --previous NEW', EXIT.usage);
		if (args[0] === '-') fail('diff --previous needs a file, not stdin, to look beside', EXIT.usage);
		const previous = await previousInFolder(args[0], context.openOptions);
		if ('reason' in previous) fail(previous.reason, EXIT.notFound);
		return [previous.path, args[0]];
	}
	if (args.length !== 2) fail(`diff needs two reports: plenum diff OLD NEW${args.length > 2 ? ` (too many arguments: ${args.slice(2).join(' ')})` : ''}`, EXIT.usage);
	if (args[0] === '-' && args[1] === '-') fail('only one of OLD and NEW can be stdin', EXIT.usage);
	return [args[0], args[1]];
}

/**
 * OLD and NEW opened and compared, as written: the browser shows controls as placeholders itself
 * and a file gets the exact text; a terminal gets the comparison through the context's `shown`.
 */
export async function openCompared(context: SubcommandContext, paths?: [string, string]): Promise<Compared> {
	const [oldPath, newPath] = paths ?? (await diffPaths(context));
	const older = await context.open(oldPath, true);
	const newer = await context.open(newPath, true);
	// The comparison loads only here, so no other command pays for it at start-up.
	const {compareAcrossScripts} = await import('../../compare/index.ts');
	return {older, newer, comparison: await compareAcrossScripts(older.report, newer.report, {oldPath, newPath})};
}

export const diffCommand: Subcommand = {
	name: 'diff',
	usage: 'OLD NEW | --previous NEW',
	summary: 'compare two reports: changed formulations, terms, people, measures, then the text as a redline',
	example: 'plenum diff 2023.txt 2024.html --format md',
	async run(context) {
		const requested = context.flags.format;
		if (requested !== undefined && !EXPORT_FORMATS[requested.toLowerCase()]) fail(`unknown format ${requested} (md, json or txt)`, EXIT.usage);
		const output = context.flags.output === '-' ? undefined : context.flags.output;
		// The formats and the names for them are export's (app/export.ts); a pipe gets the redline.
		const format: ExportFormat | null = context.flags.json ? 'json' : requested ? EXPORT_FORMATS[requested.toLowerCase()] : output ? formatForPath(output) : 'txt';
		const paths = await diffPaths(context);
		// Refused before either report is read: never over OLD or NEW, nor a file without --force;
		// nor under a name whose extension plenum does not write.
		const conflict = output === undefined ? null : (outputConflict(output, paths[0], Boolean(context.flags.force)) ?? outputConflict(output, paths[1], true));
		if (conflict) fail(conflict, EXIT.usage);
		if (format === null) fail(`cannot write ${output}: ${unknownExtension(output!)}, or give --format`, EXIT.usage);
		const compared = await openCompared(context, paths);
		// On a terminal, escape sequences inside a report must not reach it.
		const comparison = output === undefined ? context.shown(compared.comparison) : compared.comparison;
		const {formatRedline, formatRedlineMarkdown} = await import('../../compare/render.ts');
		let text: string;
		if (format === 'json') text = JSON.stringify(comparison, null, 2);
		else if (format === 'md') text = formatRedlineMarkdown(comparison);
		else if (output) text = formatRedline(comparison, new Chalk({level: 0}));
		else text = formatRedline(comparison, context.style);
		if (output === undefined) {
			write(text);
			return EXIT.ok;
		}
		try {
			writeFileAtomic(output, text.endsWith('\n') ? text : text + '\n', {replace: Boolean(context.flags.force)});
		} catch (error) {
			fail(`cannot write ${output}: ${fileErrorText((error as NodeJS.ErrnoException).code)}`, EXIT.cannotWrite);
		}
		return EXIT.ok;
	},
};
