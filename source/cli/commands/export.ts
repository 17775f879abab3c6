// plenum export: the whole report as Markdown, JSON or plain text, to stdout or a file.
import {writeFileSync} from 'node:fs';
import {extname} from 'node:path';
import type {Command} from '../command.ts';
import {EXIT, fail} from '../errors.ts';
import {write} from '../output.ts';
import {reportMarkdown} from '../../format/markdown.ts';
import {reportText} from '../../format/plain.ts';
import type {Report} from '../../model/report.ts';
import {Chalk} from 'chalk';

export type ExportFormat = 'md' | 'json' | 'txt';

const FORMATS: Record<string, ExportFormat> = {md: 'md', markdown: 'md', json: 'json', txt: 'txt', text: 'txt'};

export function exportReport(report: Report, format: ExportFormat): string {
	if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
	if (format === 'md') return reportMarkdown(report);
	return reportText(report, new Chalk({level: 0}));
}

/** The format a file name asks for: .md, .json, anything else plain text. */
export function formatForPath(path: string): ExportFormat {
	return FORMATS[extname(path).slice(1).toLowerCase()] ?? 'txt';
}

export const exportCommand: Command = {
	name: 'export',
	usage: '[--format md|json|txt] [-o FILE] [FILE|-]',
	summary: 'write the whole report as Markdown, JSON or text (format from -o\'s extension)',
	example: 'plenum export -o plenum.md report.html',
	async run(context) {
		if (context.args.length > 1) fail(`too many arguments: ${context.args.join(' ')} (try plenum --help)`, EXIT.usage);
		const requested = context.flags.format;
		if (requested !== undefined && !FORMATS[requested.toLowerCase()]) fail(`unknown format ${requested} (md, json or txt)`, EXIT.usage);
		const output = context.flags.output;
		const format = requested ? FORMATS[requested.toLowerCase()] : output ? formatForPath(output) : 'md';
		const {report} = await context.open(context.args[0]);
		const text = exportReport(report, format);
		if (!output) {
			write(text);
			return EXIT.ok;
		}
		try {
			writeFileSync(output, text);
		} catch (error) {
			fail(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, EXIT.unreadable);
		}
		return EXIT.ok;
	},
};
