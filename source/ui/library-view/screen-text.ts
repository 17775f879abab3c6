// What the library view's reports screen says around its list, and the list's size: one source for
// the Ink view (LibraryApp.tsx) and the first screen painted before Ink loads (first-screen.ts), so
// the hand-over changes no cell.

/** The rows of the list: the terminal less the title, the blank under it, the status and the last row Ink leaves free. */
export function listHeight(rows: number): number {
	return Math.max(1, rows - 4);
}

/** The width rows are laid out to: the selection's mark and a column to spare. */
export function listWidth(cols: number): number {
	return cols - 3;
}

/** The title of the reports screen. */
export function reportsTitle(root: string, reports: number, series: number, filter: string): string {
	return ` ${root} · ${reports.toLocaleString('en-US')} reports in ${series} series${filter ? ` · filter: ${filter}` : ''}`;
}

/** The status line of the reports screen when no prompt or message shows. */
export const REPORTS_STATUS = ' Enter open · / filter · f search · t timeline · q quit';
