// The four tabs, in the order the tab bar, the digits 1–4 and Tab cycle through them.
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
