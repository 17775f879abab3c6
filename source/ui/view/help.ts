// The help overlay's lines, drawn from the keymap table, and its rows at a width: a binding whose
// text does not fit wraps under its own text column, never cut.
import {KEYMAP, userKeys, type HelpGroup} from '../input/keymap.ts';
import {displayWidth} from '../../text/width.ts';
import {wrap} from '../../text/wrap.ts';

export interface HelpLine {
	kind: 'group' | 'binding' | 'gap';
	keys: string;
	text: string;
}

const ORDER: HelpGroup[] = ['Move', 'Read', 'Tabs and panes', 'Search', 'Pipe and copy', 'General'];

let lines: HelpLine[] | null = null;

/** The user's keys changed (settings): the help is drawn again. */
export function forgetHelp(): void {
	lines = null;
	rowsCache.clear();
}

export function helpLines(): HelpLine[] {
	if (lines) return lines;
	lines = [];
	for (const group of ORDER) {
		if (lines.length > 0) lines.push({kind: 'gap', keys: '', text: ''});
		lines.push({kind: 'group', keys: group, text: ''});
		for (const b of KEYMAP.filter(b => b.group === group && (b.modes.includes('normal') || b.modes.includes('search')))) {
			const keys = [...(b.modes.includes('normal') ? userKeys(b.command) : []), ...b.keys];
			lines.push({kind: 'binding', keys: keys.map(k => k.label).join(' '), text: b.help});
		}
	}
	return lines;
}

/** Where the help's columns start: 4 columns of indent, then the keys, then the text. */
export const HELP_INDENT = 4;

export function helpKeysWidth(cols: number): number {
	return Math.min(Math.floor(cols / 2) - 2, Math.max(...helpLines().map(l => (l.kind === 'binding' ? displayWidth(l.keys) : 0))) + 2);
}

const rowsCache = new Map<number, HelpLine[]>();

/** The help's rows at `cols` columns: a binding's keys on its first row only. */
export function helpRows(cols: number): HelpLine[] {
	let rows = rowsCache.get(cols);
	if (rows) return rows;
	rows = [];
	const textWidth = Math.max(8, cols - HELP_INDENT - helpKeysWidth(cols));
	for (const line of helpLines()) {
		if (line.kind !== 'binding') {
			rows.push(line);
			continue;
		}
		wrap(line.text, textWidth).forEach((row, i) => rows!.push({kind: 'binding', keys: i === 0 ? line.keys : '', text: row.text}));
	}
	rowsCache.set(cols, rows);
	return rows;
}
