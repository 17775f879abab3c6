// `plenum a.txt b.html …` (or several folders) on a terminal: the report picker, then the browser
// on the report chosen; Esc in the browser's list comes back to the picker with the same report
// selected, q quits. Two reports marked and compared open the Compare view, whose Esc comes back
// here too.
import type {LibraryScan} from '../app/library.ts';
import type {OpenedReport} from '../app/open.ts';
import {Picker} from './picker/Picker.tsx';
import {showView} from './terminal/show-view.tsx';
import {BACK_TO_PICKER, INTERRUPTED, readNote, wholeReport} from './browse.tsx';
import {browseComparing, compareTwo, type ComparingOptions} from './compare-view/flow.ts';
import {installFullWidth} from '../text/width.ts';
import {loadLayoutEngine} from './terminal/yoga.ts';
import {terminalInput, type TerminalInput} from './terminal/input.ts';

interface Choice {
	path: string;
	index: number;
	/** Two reports to compare instead of one to open. */
	compare?: [string, string];
}

/** Shows the picker until the user chooses a report (its path) or quits: the exit code. */
function choose(scan: LibraryScan, initial: string | null, message: string | null, stdin: NodeJS.ReadStream, input: TerminalInput): Promise<Choice | number> {
	const stdout = process.stdout;
	return showView<Choice | number>({
		stdin,
		input,
		draw: end => {
			const {done, ...library} = scan.current();
			return (
				<Picker
					library={library}
					scanning={!done}
					cols={stdout.columns || 80}
					rows={stdout.rows || 24}
					initial={initial}
					message={message}
					input={input}
					onPick={(path, index) => end({path, index})}
					onCompare={(paths, index) => end({path: paths[1], index, compare: paths})}
					onQuit={interrupted => end(interrupted ? INTERRUPTED : 0)}
				/>
			);
		},
		// Rows as the folder's files are read: the picker draws what is found so far.
		updates: rerender => scan.subscribe(rerender),
	});
}

export async function pick(scan: LibraryScan, open: (path: string) => Promise<OpenedReport>, options: ComparingOptions = {}): Promise<number> {
	await Promise.all([installFullWidth(), loadLayoutEngine()]);
	const stdin = options.stdin ?? process.stdin;
	const input = terminalInput(stdin);
	let chosen: string | null = null;
	let message: string | null = null;
	// Between one Ink app ending and the next starting nothing holds the event loop open (the
	// terminal's input is let go): keep it alive until the user leaves.
	const alive = setInterval(() => {}, 2 ** 30);
	try {
		return await loop();
	} finally {
		clearInterval(alive);
	}

	async function loop(): Promise<number> {
		for (;;) {
			const choice = await choose(scan, chosen, message, stdin, input);
			if (typeof choice === 'number') return choice;
			chosen = choice.path;
			// The report chosen, and with c the one marked before it.
			const opening: OpenedReport[] = [];
			message = null;
			for (const path of choice.compare ?? [choice.path]) {
				try {
					opening.push(await open(path));
				} catch (error) {
					message = `${path}: ${error instanceof Error ? error.message : String(error)}`;
					break;
				}
			}
			if (message !== null) continue;
			const [first, second] = opening;
			const code = second ? await compareTwo(first, second, {...options, stdin}) : await browseComparing(wholeReport(first), {...options, stdin, fromPicker: true, message: readNote(first)});
			if (code !== BACK_TO_PICKER) return code;
		}
	}
}
