// plenum list DIR|FILE…: one line per report — date, title, meeting, size — newest first.
import type {Subcommand} from '../subcommand.ts';
import {EXIT, fail} from '../../app/errors.ts';
import {write, writeJson} from '../output.ts';
import {libraryFromArgs} from '../../app/library.ts';
import {padToWidth, truncate} from '../../text/width.ts';
import {terminalLine} from '../../app/terminal-text.ts';

export const list: Subcommand = {
	name: 'list',
	usage: 'DIR|FILE...',
	summary: 'list the reports in a folder: date, title, meeting, size, newest first',
	example: 'plenum list ~/reports --json',
	async run(context) {
		if (context.args.length === 0) fail('list needs a folder or files: plenum list DIR', EXIT.usage);
		const library = await libraryFromArgs(context.args, context.openOptions);
		if (library.skipped > 0) process.stderr.write(`plenum: skipped ${library.skipped === 1 ? '1 file that is not a report' : `${library.skipped} files that are not reports`}\n`);
		if (library.entries.length === 0) fail(`no reports in ${context.args.join(' ')}`, EXIT.noReports);
		if (context.flags.json) writeJson(library.entries);
		else {
			// One line a report, whatever its name or title holds: controls and newlines as placeholders.
			const lines = library.entries.map(e => {
				const size = `${(e.bytes / 1024).toFixed(1)} KB`.padStart(9);
				return `${(e.date ?? '—').padEnd(10)}  ${padToWidth(truncate(terminalLine(e.title), 44), 44)}  ${context.style.dim(padToWidth(truncate(terminalLine(e.meeting ?? ''), 32), 32))} ${size}  ${terminalLine(e.path)}`;
			});
			write(lines.join('\n'));
		}
		return EXIT.ok;
	},
};
