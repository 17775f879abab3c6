// plenum list DIR|FILE…: one line per report — date, title, meeting, size — newest first.
import type {Command} from '../command.ts';
import {EXIT, fail} from '../errors.ts';
import {write, writeJson} from '../output.ts';
import {filesIn, isDirectory, scanLibrary, type Library} from '../library.ts';
import {padToWidth, truncate} from '../../text/width.ts';

export async function libraryFromArgs(args: string[]): Promise<Library> {
	const paths = args.flatMap(arg => (isDirectory(arg) ? filesIn(arg) : [arg]));
	return scanLibrary(paths);
}

export const list: Command = {
	name: 'list',
	usage: 'DIR|FILE...',
	summary: 'list the reports in a folder: date, title, meeting, size, newest first',
	example: 'plenum list ~/reports --json',
	async run(context) {
		if (context.args.length === 0) fail('list needs a folder or files: plenum list DIR', EXIT.usage);
		const library = await libraryFromArgs(context.args);
		if (library.skipped > 0) process.stderr.write(`plenum: skipped ${library.skipped} file${library.skipped === 1 ? '' : 's'} that are not reports\n`);
		if (library.entries.length === 0) fail(`no reports in ${context.args.join(' ')}`, EXIT.noReports);
		if (context.flags.json) writeJson(library.entries);
		else {
			const lines = library.entries.map(e => {
				const size = `${(e.bytes / 1024).toFixed(1)} KB`.padStart(9);
				return `${(e.date ?? '—').padEnd(10)}  ${padToWidth(truncate(e.title, 44), 44)}  ${context.style.dim(padToWidth(truncate(e.meeting ?? '', 32), 32))} ${size}  ${e.path}`;
			});
			write(lines.join('\n'));
		}
		return EXIT.ok;
	},
};
