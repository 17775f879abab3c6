// The four tabs, in the order the tab bar, the digits 1–4 and Tab cycle through them.
import {displayWidth} from '../../text/width.ts';

export type TabId = 'sections' | 'measures' | 'attendees' | 'terms';

export const TABS: readonly {id: TabId; label: string}[] = [
	{id: 'sections', label: 'Sections'},
	{id: 'measures', label: 'Measures'},
	{id: 'attendees', label: 'Attendees'},
	{id: 'terms', label: 'Terms'},
];

export function tabIndex(tab: TabId): number {
	return TABS.findIndex(t => t.id === tab);
}

/** What a list item points at in the report. */
export type Target = {kind: 'section'; id: number} | {kind: 'measure'; index: number} | {kind: 'person'; index: number} | {kind: 'body'; index: number} | {kind: 'term'; index: number};

/**
 * The tab bar's labels with their counts (null: still being read, shown as …), shortened to four
 * letters when the full ones do not fit: what the bar draws, and where a click finds a tab.
 */
export function tabLabels(counts: Record<TabId, number | null>, width: number): string[] {
	const build = (short: boolean) => TABS.map((t, i) => ` ${i + 1} ${short ? t.label.slice(0, 4) : t.label} ${counts[t.id] ?? '…'} `);
	const full = build(false);
	return full.reduce((w, l) => w + displayWidth(l), 0) > width ? build(true) : full;
}

/** The tab at column `col` of the tab bar, or null past the last label. */
export function tabAt(counts: Record<TabId, number | null>, width: number, col: number): TabId | null {
	let x = 0;
	const labels = tabLabels(counts, width);
	for (let i = 0; i < labels.length; i++) {
		x += displayWidth(labels[i]);
		if (col < x) return TABS[i].id;
	}
	return null;
}
