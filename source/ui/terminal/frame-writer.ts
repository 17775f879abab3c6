// Ink's log-update, as the build gives it to Ink (scripts/bundle-rules.mjs): how a frame reaches
// the terminal. The browser's frames fill the alternate screen from its top-left corner
// (framesAtHome), so each can be written by position: only the pieces that changed since the last
// frame, and a scroll as the terminal's own scroll of the rows it already shows, with only the row
// that comes into view written (frame.ts). Any other use of Ink — the picker, the stack's floor —
// and any frame after the screen was cleared under Ink is written by Ink's own log-update.
import original from 'plenum:ink-original-log-update';
import stringWidth from '../../text/ink-width.ts';
import {fullFrame, update, type FrameRow} from './frame.ts';
import {framePieces} from './frame-log.ts';
import {homeOf} from './frame-home.ts';

type Position = {x: number; y: number} | undefined;

function create(stream: NodeJS.WriteStream, options: {showCursor?: boolean; incremental?: boolean} = {}) {
	const ink = original.create(stream, options);
	/** What the screen shows, as the last frame's pieces; null: unknown, write the whole frame. */
	let screen: FrameRow[] | null = null;
	let size = '';
	let previous = '';
	let cursor: Position;
	let cursorDirty = false;
	let cursorShown = false;
	let cursorHidden = false;
	const home = () => homeOf(stream);

	const render = (str: string): boolean => {
		const at = home();
		if (!at) return ink(str);
		const active = cursorDirty ? cursor : undefined;
		cursorDirty = false;
		const now = `${stream.columns}x${stream.rows}`;
		// A resize clears the screen under Ink (browse.tsx): what was on it is gone.
		if (now !== size) screen = null;
		if (str === previous && screen && !active && !cursorShown) return false;
		const visible = str.endsWith('\n') ? str.slice(0, -1) : str;
		const rows = framePieces(visible) ?? visible.split('\n').map(line => [{x: 0, width: stringWidth(line), text: line}]);
		let out = screen ? update(screen, rows, {cols: stream.columns || 80, margins: at.margins}) : fullFrame(rows);
		if (!options.showCursor && !cursorHidden) {
			out = '\x1b[?25l' + out;
			cursorHidden = true;
		}
		if (active) {
			out += `\x1b[${active.y + 1};${active.x + 1}H\x1b[?25h`;
			cursorShown = true;
		} else if (cursorShown) {
			out += '\x1b[?25l';
			cursorShown = false;
		}
		if (out) stream.write(out);
		screen = rows;
		size = now;
		previous = str;
		return true;
	};
	render.clear = () => {
		if (!home()) return ink.clear();
		// Ink writes something of its own next, then the last frame again: all of it.
		screen = null;
		previous = '';
	};
	render.done = () => {
		if (!home()) return ink.done();
		screen = null;
		previous = '';
		if (!options.showCursor) stream.write('\x1b[?25h');
		cursorHidden = false;
	};
	render.sync = (str: string) => {
		if (!home()) return ink.sync(str);
		previous = str;
		const visible = str.endsWith('\n') ? str.slice(0, -1) : str;
		screen = framePieces(visible) ?? null;
		size = `${stream.columns}x${stream.rows}`;
	};
	render.setCursorPosition = (position: Position) => {
		ink.setCursorPosition(position);
		cursor = position;
		cursorDirty = true;
	};
	render.isCursorDirty = () => (home() ? cursorDirty : ink.isCursorDirty());
	render.willRender = (str: string) => (home() ? str !== previous || cursorDirty : ink.willRender(str));
	return render;
}

export default {create};
