// `plenum DIR` on a terminal: the library view, then the browser on the report chosen (at the
// section a search hit points to); Esc in the browser's list comes back to the library where it
// stood, and T on a term or person in the browser shows its timeline across the library; c there
// compares the report with the previous one of its series (compare-view/flow.ts).
import type {IndexedLibrary} from '../../library/index.ts';
import type {OpenedReport} from '../../app/open.ts';
import {LibraryApp, type LibraryPlace, type OpenRequest} from './LibraryApp.tsx';
import {showView} from '../terminal/show-view.tsx';
import {BACK_TO_PICKER, INTERRUPTED, readNote, wholeReport} from '../browse.tsx';
import {terminalInput, type TerminalInput} from '../terminal/input.ts';
import {browseComparing, type ComparingOptions} from '../compare-view/flow.ts';
import {installFullWidth} from '../../text/width.ts';
import {loadLayoutEngine} from '../terminal/yoga.ts';
import type {PaintedLibrary} from './first-screen.ts';

/** Shows the library until the user opens a report or quits: the request, or the exit code. */
function showLibrary(library: IndexedLibrary, place: LibraryPlace, message: string | null, stdin: NodeJS.ReadStream, input: TerminalInput, painted?: PaintedLibrary): Promise<OpenRequest | number> {
	const stdout = process.stdout;
	return showView<OpenRequest | number>({
		stdin,
		input,
		atHome: true,
		painted,
		draw: (end, terminal) => (
			<LibraryApp
				library={library}
				cols={stdout.columns || 80}
				rows={stdout.rows || 24}
				place={place}
				message={message}
				input={input}
				terminal={terminal}
				onOpen={end}
				onQuit={interrupted => end(interrupted ? INTERRUPTED : 0)}
			/>
		),
	});
}

/** The library until the user quits; `painted`, its first screen painted before Ink loaded, which Ink's first frame replaces. */
export async function browseLibrary(library: IndexedLibrary, open: (path: string) => Promise<OpenedReport>, options: ComparingOptions & {painted?: PaintedLibrary} = {}): Promise<number> {
	await Promise.all([installFullWidth(), loadLayoutEngine()]);
	const stdin = options.stdin ?? process.stdin;
	const input = terminalInput(stdin);
	let place: LibraryPlace = {screen: {kind: 'reports'}, filter: '', selected: 0};
	let message: string | null = null;
	const {painted: firstScreen, ...comparing} = options;
	let painted = firstScreen;
	// Nothing holds the event loop open between one Ink app and the next: keep it alive.
	const alive = setInterval(() => {}, 2 ** 30);
	try {
		for (;;) {
			const request = await showLibrary(library, place, message, stdin, input, painted);
			painted = undefined;
			if (typeof request === 'number') return request;
			place = request.place;
			message = null;
			let opened: OpenedReport;
			try {
				opened = await open(request.path);
			} catch (error) {
				message = ` ${request.path}: ${error instanceof Error ? error.message : String(error)}`;
				continue;
			}
			let timeline: {name: string; person: boolean} | null = null;
			const code = await browseComparing(wholeReport(opened), {
				...comparing,
				stdin,
				fromPicker: true,
				section: request.section,
				message: readNote(opened),
				onTimeline: (name, person) => (timeline = {name, person}),
			});
			if (timeline) {
				const {name, person} = timeline;
				place = {screen: {kind: 'timeline', term: name, person}, filter: place.filter, selected: 0};
				continue;
			}
			if (code !== BACK_TO_PICKER) return code;
		}
	} finally {
		clearInterval(alive);
	}
}
