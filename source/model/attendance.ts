// How people group by what they did at the meeting — the one grouping the browser's list, the
// plain outline and the Markdown export all show: present, sat in, then apart those only named
// and the newspaper's staff.
import type {Person} from './report.ts';

export interface PeopleGroups<T> {
	present: T[];
	satIn: T[];
	mentioned: T[];
	staff: T[];
}

export const GROUP_TITLES = {present: 'Present', satIn: 'Sat in (列席)', mentioned: 'Mentioned', staff: 'Staff'} as const;

/** Groups people (or anything carrying one, via `personOf`) in report order. */
export function groupPeople<T>(items: readonly T[], personOf: (item: T) => Person): PeopleGroups<T> {
	const groups: PeopleGroups<T> = {present: [], satIn: [], mentioned: [], staff: []};
	for (const item of items) {
		const p = personOf(item);
		if (p.part === 'mentioned') groups.mentioned.push(item);
		else if (p.part === 'staff') groups.staff.push(item);
		else if (p.as === '列席') groups.satIn.push(item);
		else groups.present.push(item);
	}
	return groups;
}
