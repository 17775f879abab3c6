// plenum export: the whole report as Markdown, JSON or plain text, to stdout or a file.
import {writeFileSync} from 'node:fs';
import type {Subcommand} from '../subcommand.ts';
import {EXIT, fail, fileErrorText} from '../../app/errors.ts';
import {write} from '../output.ts';
import {EXPORT_FORMATS, exportReport, formatForPath, unknownExtension} from '../../app/export.ts';

export const exportCommand: Subcommand = {
	name: 'export',
	usage: '[--format md|json|txt] [-o FILE] [FILE|-]',
	summary: "write the whole report as Markdown, JSON or text (format from -o's extension)",
	example: 'plenum export -o plenum.md report.html',
	async run(context) {
		if (context.args.length > 1) fail(`too many arguments: ${context.args.join(' ')} (try plenum --help)`, EXIT.usage);
		const requested = context.flags.format;
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
