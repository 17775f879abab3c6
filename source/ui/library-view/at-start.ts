// `plenum DIR` on a terminal paints the library's first screen at plenum's start, before meow, the
// commands and the rest of the command line load (they are about half of the time to a first
// screen): the entry (cli.tsx) calls this when the argument is a folder (cli/library-argument.ts).
// It paints only what the command line would show with nothing in doubt — a current listing
// (library/listing.ts) and a settings file that reads (the ambiguous width applied, as the
// browser applies it before drawing) and binds no keys of its own, since a key given to no command
// must be said before any screen is drawn. Otherwise nothing is painted here, and the command line
// paints after its settings as before. The screen is handed to the library view (ui/launch.ts).
import {currentListing} from '../../library/listing.ts';
import {loadSettings} from '../../app/settings.ts';
import {setAmbiguousWide} from '../../text/width.ts';
import {terminalInput} from '../terminal/input.ts';
import {paintLibraryScreen, type PaintedLibrary} from './first-screen.ts';

export interface PaintedAtStart extends PaintedLibrary {
	/** The command line did not open the library after all: the terminal given back as it was found. */
	release(): void;
}

export function paintLibraryAtStart(dir: string, stdin: NodeJS.ReadStream = process.stdin, stdout: NodeJS.WriteStream = process.stdout): PaintedAtStart | null {
	const listing = currentListing(dir);
	if (!listing) return null;
	let settings;
	try {
		settings = loadSettings();
	} catch {
		return null;
	}
	if (Object.keys(settings.keys).length > 0) return null;
	setAmbiguousWide(settings.ambiguousWide);
	const painted = paintLibraryScreen(listing, {stdout, stdin});
	if (!painted) return null;
	// Keys typed on the painted screen wait, decoded, for the view.
	terminalInput(stdin).start();
	return {
		...painted,
		release() {
			painted.handOver();
			painted.screen.restore();
			terminalInput(stdin).stop();
		},
	};
}
