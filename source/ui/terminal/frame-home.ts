// Where the browser's frames stand on the screen, for frame-writer.ts (which the build gives Ink as
// its log-update): set by browse.tsx, which the TypeScript sources can load without the build.
export interface Home {
	margins: boolean;
}

const homes = new WeakMap<NodeJS.WriteStream, Home>();

export function homeOf(stream: NodeJS.WriteStream): Home | undefined {
	return homes.get(stream);
}

/**
 * The frames Ink writes to `stream` start at the top-left corner of the screen (the browser's
 * alternate screen): they may be written by position. `margins`: the terminal scrolls a column of
 * the screen on its own (left and right margins, leftRightMargins).
 */
export function framesAtHome(stream: NodeJS.WriteStream, home: Home | null): void {
	if (home) homes.set(stream, home);
	else homes.delete(stream);
}

/**
 * Whether the terminal honours left and right margins (DECLRMM, DECSLRM), so the reader can scroll
 * beside the list: xterm, iTerm2 and WezTerm do; tmux, screen, VTE, kitty, Alacritty and xterm.js
 * do not. Known from the environment, so no query's answer can reach the keys.
 */
export function leftRightMargins(env: NodeJS.ProcessEnv = process.env): boolean {
	if (env.TMUX || env.STY || /^(screen|tmux)/.test(env.TERM ?? '')) return false;
	if (env.TERM_PROGRAM) return env.TERM_PROGRAM === 'iTerm.app' || env.TERM_PROGRAM === 'WezTerm';
	// XTERM_VERSION is inherited by whatever is started from an xterm: another terminal started
	// there says what it is in a variable of its own.
	const other = ['VTE_VERSION', 'KITTY_WINDOW_ID', 'ALACRITTY_WINDOW_ID', 'ALACRITTY_LOG', 'KONSOLE_VERSION', 'WT_SESSION', 'WEZTERM_PANE'].some(name => env[name]);
	return Boolean(env.XTERM_VERSION) && !other;
}
