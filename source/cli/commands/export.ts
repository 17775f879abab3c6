// plenum export: the whole report as Markdown, JSON or plain text, to stdout or a file.
import {writeFileSync} from 'node:fs';
import type {Subcommand} from '../subcommand.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write} from '../output.ts';
import {isDirectory} from '../../app/library.ts';
import {EXPORT_FORMATS, exportReport, fileErrorText, formatForPath, unknownExtension} from '../../app/export.ts';

export const exportCommand: Subcommand = {
	name: 'export',
	usage: '[--format md|json|txt|ndjson] [-o FILE] [FILE|-|DIR]',
	summary: "write the whole report as Markdown, JSON or text (format from -o's extension); --format ndjson DIR: a library as bulk-index lines",
	example: 'plenum export -o plenum.md report.html',
	async run(context) {
		if (context.args.length > 1) fail(`too many arguments: ${context.args.join(' ')} (try plenum --help)`, EXIT.usage);
		const requested = context.flags.format;
		if (requested?.toLowerCase() === 'ndjson') {
			if (context.args[0] === undefined || !isDirectory(context.args[0])) fail('--format ndjson exports a library: plenum export --format ndjson DIR', EXIT.usage);
			return (await import('./library.ts')).exportLibrary(context.args[0], context.flags.output);
		}
		if (requested !== undefined && !EXPORT_FORMATS[requested.toLowerCase()]) fail(`unknown format ${requested} (md, json or txt)`, EXIT.usage);
		const output = context.flags.output;
		const format = requested ? EXPORT_FORMATS[requested.toLowerCase()] : output ? formatForPath(output) : 'md';
		if (format === null) fail(`cannot write ${output}: ${unknownExtension(output!)}, or give --format`, EXIT.usage);
		const {report} = await context.open(context.args[0]);
		const text = exportReport(report, format);
		if (!output) {
			write(text);
			return EXIT.ok;
		}
		try {
			writeFileSync(output, text);
		} catch (error) {
			fail(`cannot write ${output}: ${fileErrorText((error as NodeJS.ErrnoException).code)}`, EXIT.unreadable);
		}
		return EXIT.ok;
	},
};
