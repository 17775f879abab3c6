// Whether the terminal is light or dark, for the theme 'auto': COLORFGBG when the terminal sets it
// (rxvt, Konsole), else the terminal is asked for its background colour (OSC 11) together with its
// attributes (DA1), which every terminal answers: an answer to DA1 with none to OSC 11 before it
// means the terminal does not say, and nothing waits for a timeout. The answers are read by the
// terminal's input (input.ts), never taken for keys.
import type {TerminalInput} from './input.ts';
import type {Palette} from '../draw/theme.ts';

/** A terminal that answers neither question (or not in time) is taken as dark. */
const WAIT_MS = 200;

/** Light when the colour's luminance is over half. */
export function paletteFor([r, g, b]: [number, number, number]): Palette {
	return 0.2126 * r + 0.7152 * g + 0.0722 * b > 127.5 ? 'light' : 'dark';
}

/** COLORFGBG is "fg;bg" (or "fg;default;bg") in the 16 colours: 7 and 9–15 are light backgrounds. */
export function paletteFromEnv(env: NodeJS.ProcessEnv = process.env): Palette | null {
	const bg = env.COLORFGBG?.split(';').at(-1);
	if (bg === undefined || !/^\d+$/.test(bg)) return null;
	const n = Number(bg);
	return n === 7 || (n >= 9 && n <= 15) ? 'light' : 'dark';
}

/**
 * Ask the terminal. Raw mode must be on (the answer would be echoed otherwise); keys typed
 * meanwhile stay queued for the browser.
 */
export function askBackground(input: TerminalInput, stdout: NodeJS.WriteStream, waitMs = WAIT_MS): Promise<Palette | null> {
	return new Promise(resolve => {
		let done = false;
		const finish = (palette: Palette | null) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			stop();
			resolve(palette);
		};
		const stop = input.onReply(reply => finish(reply.kind === 'background' ? paletteFor(reply.rgb) : null));
		const timer = setTimeout(() => finish(null), waitMs);
		stdout.write('\x1b]11;?\x1b\\\x1b[c');
	});
}
