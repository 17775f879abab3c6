// `plenum DIR` on a terminal: the library view, then the browser on the report chosen (at the
// section a search hit points to); Esc in the browser's list comes back to the library where it
// stood, and T on a term or person in the browser shows its timeline across the library; c there
// compares the report with the previous one of its series (compare-view/flow.ts).
import {render, type Instance} from 'ink';
import type {IndexedLibrary} from '../../library/index.ts';
import type {OpenedReport} from '../../app/open.ts';
import {LibraryApp, type LibraryPlace, type OpenRequest} from './LibraryApp.tsx';
import {createScreen} from '../terminal/screen.ts';
import {BACK_TO_PICKER, INTERRUPTED, wholeReport} from '../browse.tsx';
import {terminalInput, type TerminalInput} from '../terminal/input.ts';
import {browseComparing, type ComparingOptions} from '../compare-view/flow.ts';
import {installFullWidth} from '../../text/width.ts';
import {loadLayoutEngine} from '../terminal/yoga.ts';
import {framesAtHome, leftRightMargins} from '../terminal/frame-home.ts';

/** Shows the library until the user opens a report or quits: the request, or the exit code. */
async function showLibrary(library: IndexedLibrary, place: LibraryPlace, message: string | null, stdin: NodeJS.ReadStream, input: TerminalInput): Promise<OpenRequest | number> {
	const stdout = process.stdout;
	const screen = createScreen(stdout, stdin);
	const app: {instance: Instance | null} = {instance: null};
	const restore = () => screen.restore();
	process.on('exit', restore);
	// Ctrl-Z: the terminal as the shell left it, then stop; fg continues plenum (browse.tsx says why SIGSTOP).
	const terminal = {
		suspend(resumed: () => void) {
			screen.restore();
			process.once('SIGCONT', () => {
				screen.enter();
				resumed();
			});
			process.kill(process.pid, process.listenerCount('SIGTSTP') > 0 ? 'SIGSTOP' : 'SIGTSTP');
		},
	};
	screen.enter();
	// Keys are read from the terminal by plenum (terminal/input.ts); the browser stops reading
	// them when it ends, and the library reads them again.
	input.start();
	// The view fills the alternate screen from its corner: frames written by position, only what
	// changed (terminal/frame-writer.ts), as the browser's are.
	framesAtHome(stdout, {margins: leftRightMargins()});
	try {
		return await new Promise<OpenRequest | number>(resolve => {
			const draw = () => (
				<LibraryApp
					library={library}
					cols={stdout.columns || 80}
					rows={stdout.rows || 24}
					place={place}
					message={message}
					input={input}
					terminal={terminal}
					onOpen={resolve}
					onQuit={interrupted => resolve(interrupted ? INTERRUPTED : 0)}
				/>
			);
			const onResize = () => {
				stdout.write('\x1b[2J\x1b[H');
				app.instance?.rerender(draw());
			};
			stdout.on('resize', onResize);
			app.instance = render(draw(), {stdout, stdin, exitOnCtrlC: false, patchConsole: false});
			void app.instance.waitUntilExit().finally(() => stdout.off('resize', onResize));
		});
	} finally {
		app.instance?.unmount();
		app.instance?.cleanup();
		framesAtHome(stdout, null);
		input.stop();
		screen.restore();
		process.off('exit', restore);
	}
}

export async function browseLibrary(library: IndexedLibrary, open: (path: string) => Promise<OpenedReport>, options: ComparingOptions = {}): Promise<number> {
	await Promise.all([installFullWidth(), loadLayoutEngine()]);
	const stdin = options.stdin ?? process.stdin;
	const input = terminalInput(stdin);
	let place: LibraryPlace = {screen: {kind: 'reports'}, filter: '', selected: 0};
	let message: string | null = null;
	// Nothing holds the event loop open between one Ink app and the next: keep it alive.
	const alive = setInterval(() => {}, 2 ** 30);
	try {
		for (;;) {
			const request = await showLibrary(library, place, message, stdin, input);
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
			const code = await browseComparing(wholeReport(opened), {...options, stdin, fromPicker: true, section: request.section, onTimeline: (name, person) => (timeline = {name, person})});
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
