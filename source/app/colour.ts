// Whether output is coloured, and whether the terminal can hold the browser's screen. The command
// line's printed views and the browser decide alike.

/** TERM=dumb: a terminal with no cursor movement and no attributes (Emacs' shell, some CI logs). */
const dumb = () => process.env.TERM === 'dumb';

/**
 * Colour only on a terminal that can show it: NO_COLOR turns it off, FORCE_COLOR=1 (2, 3, true)
 * turns it on anywhere, FORCE_COLOR=0 (false) off.
 */
export function colourEnabled(stream: NodeJS.WriteStream = process.stdout): boolean {
	if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
	const forced = process.env.FORCE_COLOR;
	if (forced !== undefined && forced !== '') return !['0', 'false'].includes(forced.toLowerCase());
	return Boolean(stream.isTTY) && !dumb();
}

/** Whether to draw the browser: a terminal that moves its cursor. Else the outline is printed. */
export function canDrawScreen(stream: NodeJS.WriteStream = process.stdout): boolean {
	return Boolean(stream.isTTY) && !dumb();
}
