// plenum export: the whole report as Markdown, JSON or plain text, to stdout or a file. A file is
// written whole or not at all (app/write-file.ts); the report's own file is never written over,
// and a file or symbolic link already there is replaced only with --force. `-o -` is stdout.
// --format ndjson DIR writes a library the same way (commands/library.ts).
import type {Subcommand} from '../subcommand.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write} from '../output.ts';
import {isDirectory} from '../../app/paths.ts';
import {EXPORT_FORMATS, exportReport, formatForPath, unknownExtension} from '../../app/export.ts';
import {fileErrorText} from '../../app/file-errors.ts';
import {outputConflict, writeFileAtomic} from '../../app/write-file.ts';

export const exportCommand: Subcommand = {
	name: 'export',
	usage: '[--format md|json|txt|ndjson] [-o FILE] [--force] [FILE|-|DIR]',
	summary: "write the whole report as Markdown, JSON or text (format from -o's extension); --format ndjson DIR: a library as bulk-index lines",
	example: 'plenum export -o plenum.md report.html',
	async run(context) {
		if (context.args.length > 1) fail(`too many arguments: ${context.args.join(' ')} (try plenum --help)`, EXIT.usage);
		const requested = context.flags.format;
		const ndjson = requested?.toLowerCase() === 'ndjson';
		if (requested !== undefined && !ndjson && !EXPORT_FORMATS[requested.toLowerCase()]) fail(`unknown format ${requested} (md, json or txt)`, EXIT.usage);
		const output = context.flags.output === '-' ? undefined : context.flags.output;
		const input = context.args[0];
		if (ndjson && (input === undefined || !isDirectory(input))) fail('--format ndjson exports a library: plenum export --format ndjson DIR', EXIT.usage);
		// Refused before anything is read: nothing is parsed to be thrown away.
		const conflict = output === undefined ? null : outputConflict(output, input, Boolean(context.flags.force));
		if (conflict) fail(conflict, EXIT.usage);
		if (ndjson) return (await import('./library.ts')).exportLibrary(context, input!, output);
		const format = requested ? EXPORT_FORMATS[requested.toLowerCase()] : output ? formatForPath(output) : 'md';
		if (format === null) fail(`cannot write ${output}: ${unknownExtension(output!)}, or give --format`, EXIT.usage);
		// A file gets the report's exact text; stdout on a terminal shows controls as placeholders.
		const {report} = await context.open(input, output !== undefined);
		const text = exportReport(report, format);
		if (output === undefined) {
			write(text);
			return EXIT.ok;
		}
		try {
			writeFileAtomic(output, text, {replace: Boolean(context.flags.force)});
		} catch (error) {
			fail(`cannot write ${output}: ${fileErrorText((error as NodeJS.ErrnoException).code)}`, EXIT.cannotWrite);
		}
		return EXIT.ok;
	},
};
