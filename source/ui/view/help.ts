// The help overlay's lines, drawn from the keymap table.
import {KEYMAP, type HelpGroup} from '../input/keymap.ts';

export interface HelpLine {
	kind: 'group' | 'binding' | 'gap';
	keys: string;
	text: string;
}

const ORDER: HelpGroup[] = ['Move', 'Read', 'Tabs and panes', 'Search', 'Pipe and copy', 'General'];

let lines: HelpLine[] | null = null;

export function helpLines(): HelpLine[] {
	if (lines) return lines;
	lines = [];
	for (const group of ORDER) {
		if (lines.length > 0) lines.push({kind: 'gap', keys: '', text: ''});
		lines.push({kind: 'group', keys: group, text: ''});
		for (const b of KEYMAP.filter(b => b.group === group && (b.modes.includes('normal') || b.modes.includes('search')))) {
			lines.push({kind: 'binding', keys: b.keys.map(k => k.label).join(' '), text: b.help});
		}
	}
	return lines;
}
