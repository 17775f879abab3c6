// The left pane's content for each tab: group headings and selectable items, as cells that the
// list component truncates to its width. Pure: built once per report and tab.
import type {Body, Person, Report} from '../../model/report.ts';
import {atMeetingCount, attendanceGroups, bodyPartLabel, PART_LABEL} from '../../model/attendance.ts';
import {measureGroups} from '../../model/measures.ts';
import type {View} from './view.ts';
import {TABS, type TabId, type Target} from './tabs.ts';

export type CellStyle = 'plain' | 'lead' | 'dim' | 'count' | 'group' | 'part';

export interface Cell {
	text: string;
	style: CellStyle;
	/** Cut this cell first when the row is too wide (a person's roles, before the name). */
	shrink?: boolean;
}

export interface ListEntry {
	kind: 'group' | 'item' | 'gap' | 'empty';
	cells: Cell[];
	target?: Target;
}

export interface ListModel {
	entries: ListEntry[];
	/** Entry index of each selectable item, in order. */
	items: number[];
}

const cell = (text: string, style: CellStyle = 'plain'): Cell => ({text, style});

function model(entries: ListEntry[], empty: string): ListModel {
	if (entries.length === 0) entries = [{kind: 'empty', cells: [cell(empty, 'dim')]}];
	const items = entries.flatMap((e, i) => (e.kind === 'item' ? [i] : []));
	return {entries, items};
}

function group(title: string, count: number): ListEntry {
	return {kind: 'group', cells: [cell(title, 'group'), cell(` (${count})`, 'dim')]};
}

function sections(view: View): ListModel {
	const width = String(view.sections.length).length;
	return model(
		view.sections.map(s => ({
			kind: 'item',
			target: {kind: 'section', id: s.id},
			cells: [cell(`${String(s.id).padStart(width)} `, 'dim'), ...(s.lead ? [cell(`${s.lead} `, 'lead')] : []), cell(s.heading)],
		})),
		'No sections in this report.',
	);
}

function measures(view: View): ListModel {
	const entries: ListEntry[] = [];
	let index = 0;
	for (const g of measureGroups(view.measures)) {
		if (entries.length > 0) entries.push({kind: 'gap', cells: []});
		entries.push(group(g.group, g.items.length));
		for (const m of g.items) {
			entries.push({kind: 'item', target: {kind: 'measure', index: index++}, cells: [cell(`${String(m.ordinal).padStart(2)}. `, 'dim'), cell(m.text)]});
		}
	}
	return model(entries, 'No enumerated measures found.');
}

export function personParts(p: Person): string {
	const parts = [p.staffRole ?? PART_LABEL[p.part] ?? p.part, ...p.also.map(a => PART_LABEL[a] ?? a)];
	return parts.join(', ');
}

function personEntry(p: Person, index: number): ListEntry {
	const roles = p.roles.length > 0 ? `${p.roles.join('、')} ` : '';
	return {kind: 'item', target: {kind: 'person', index}, cells: [{...cell(` ${roles}`, 'dim'), shrink: true}, cell(p.name), cell(` · ${personParts(p)}`, 'part')]};
}

function bodyEntry(view: View, b: Body, index: number): ListEntry {
	const count = b.count === null ? '' : ` ${b.count}`;
	return {kind: 'item', target: {kind: 'body', index}, cells: [cell(` ${b.name}`), cell(count, 'count'), cell(` · ${bodyPartLabel(b, view.sections)}`, 'part')]};
}

function attendees(view: View): ListModel {
	const groups = attendanceGroups(view).map(g => ({
		...g,
		items: [...g.people.map(i => personEntry(view.people[i], i)), ...g.bodies.map(i => bodyEntry(view, view.bodies[i], i))],
	}));
	const blocks = groups.filter(g => g.atMeeting).map((g): [string, ListEntry[]] => [g.title, g.items]);
	const apart = groups.filter(g => !g.atMeeting).map((g): [string, ListEntry[]] => [g.title, g.items]);
	const entries: ListEntry[] = [];
	const add = ([title, items]: [string, ListEntry[]]) => {
		if (items.length === 0) return;
		if (entries.length > 0) entries.push({kind: 'gap', cells: []});
		entries.push(group(title, items.length), ...items);
	};
	blocks.forEach(add);
	// People only mentioned, and the newspaper's staff, did not take part: a rule keeps them apart.
	if (apart.some(([, items]) => items.length > 0) && entries.length > 0) {
		entries.push({kind: 'gap', cells: []}, {kind: 'gap', cells: [cell('── not at the meeting ──', 'dim')]});
	}
	apart.forEach(add);
	return model(entries, 'No attendees found.');
}

function terms(view: View): ListModel {
	return model(
		view.terms.map((t, index) => ({kind: 'item', target: {kind: 'term', index}, cells: [cell(`“${t.text}”`), cell(` ×${t.count}`, 'count')]})),
		'No quoted terms found.',
	);
}

const BUILDERS: Record<TabId, (view: View) => ListModel> = {sections, measures, attendees, terms};

/** What a tab lists while the extractors are still reading. */
const READING: ListModel = model([], 'Reading the report…');

const cache = new WeakMap<View, Map<TabId, ListModel>>();

export function listFor(view: View, tab: TabId): ListModel {
	let byTab = cache.get(view);
	if (!byTab) cache.set(view, (byTab = new Map()));
	let list = byTab.get(tab);
	if (!list) byTab.set(tab, (list = tab === 'sections' || view.complete ? BUILDERS[tab](view) : READING));
	return list;
}

/**
 * The count a tab shows: of a view, or of the report it shows (the same). The Attendees tab counts
 * those at the meeting; the people only mentioned and the staff are listed apart, not counted.
 */
export function tabCount(view: Pick<View, 'sections' | 'measures' | 'people' | 'bodies' | 'terms'> | Report, tab: TabId): number {
	if (tab === 'attendees') return atMeetingCount(view);
	return {sections: view.sections.length, measures: view.measures.length, terms: view.terms.length}[tab];
}

/** Every tab's count; null for those the extractors are still reading (the tab bar shows …). */
export function tabCounts(view: View): Record<TabId, number | null> {
	return Object.fromEntries(TABS.map(t => [t.id, t.id === 'sections' || view.complete ? tabCount(view, t.id) : null])) as Record<TabId, number | null>;
}
