// A screen painted before Ink loads (the report's outline, the library's listing): entered and
// painted at once, given back to the terminal on any exit or ending signal and painted again after
// a suspend, until Ink takes it over and guards it itself.
import {createScreen, type Screen} from './screen.ts';
import {guardTerminal} from './signals.ts';

export interface PaintedScreen {
	screen: Screen;
	/** Ink has taken over: stop guarding the terminal here. */
	release(): void;
}

export function paintBeforeInk(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream, paint: () => void, options: {mouse?: boolean} = {}): PaintedScreen {
	const screen = createScreen(stdout, stdin, options);
	const guard = guardTerminal(screen, {
		end: code => {
			screen.restore();
			process.exit(code);
		},
		redraw: paint,
	});
	const onExit = () => screen.restore();
	process.on('exit', onExit);
	screen.enter();
	paint();
	return {
		screen,
		release() {
			guard.release();
			process.off('exit', onExit);
		},
	};
}
