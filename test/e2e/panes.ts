// Reading the browser's panes off a pty screen (see harness.ts for the terminal itself).
import type {Session} from './harness.ts';

/** The reader pane's rows: the text right of the divider on each body row. */
export function readerRows(session: Session): string[] {
	const screen = session.screen();
	return screen.slice(3, screen.length - 2).map(row => {
		const at = row.indexOf('│');
		return at < 0 ? '' : row.slice(at + 1).trim();
	});
}

/** The reader's text with row breaks removed, for finding text a row break may have split. */
export function readerText(session: Session): string {
	return readerRows(session).join('');
}

export function listRows(session: Session): string[] {
	const screen = session.screen();
	return screen.slice(3, screen.length - 2).map(row => {
		const at = row.indexOf('│');
		return (at < 0 ? row : row.slice(0, at)).trimEnd();
	});
}

/** The status bar: the last row of the frame (the terminal's last row stays free). */
export function statusRow(session: Session): string {
	const screen = session.screen();
	return screen[screen.length - 2];
}
