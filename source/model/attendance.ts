// How the report's people and bodies group by what they did at the meeting — the one grouping
// the browser's list, the plain outline and the Markdown export all show, in this order: present,
// sat in, the bodies, then apart those only named and the newspaper's staff.
import type {Body, BodyPart, Person, PersonPart} from './report.ts';

export type AttendanceGroupId = 'present' | 'satIn' | 'bodies' | 'mentioned' | 'staff';

export interface AttendanceGroup {
	id: AttendanceGroupId;
	title: string;
	/** False for those only mentioned and for the staff: named in the report, not at the meeting. */
	atMeeting: boolean;
	/** Positions in report.people (every group but the bodies'). */
	people: number[];
	/** Positions in report.bodies (the bodies' group). */
	bodies: number[];
}

export const GROUP_TITLES: Readonly<Record<AttendanceGroupId, string>> = {present: 'Present', satIn: 'Sat in (列席)', bodies: 'Bodies', mentioned: 'Mentioned', staff: 'Staff'};

/** How a person's or a body's part reads in every view. */
export const PART_LABEL: Readonly<Record<PersonPart | BodyPart, string>> = {
	presided: 'presided',
	spoke: 'spoke',
	reported: 'reported',
	explained: 'explained',
	attended: 'attended',
	observer: 'sat in (列席)',
	mentioned: 'mentioned',
	staff: 'staff',
};

function groupOf(p: Person): Exclude<AttendanceGroupId, 'bodies'> {
	if (p.part === 'mentioned') return 'mentioned';
	if (p.part === 'staff') return 'staff';
	return p.as === '列席' ? 'satIn' : 'present';
}

/** The five groups in order, in report order inside each; empty groups included. */
export function attendanceGroups(report: {people: readonly Person[]; bodies: readonly Body[]}): AttendanceGroup[] {
	const group = (id: AttendanceGroupId, atMeeting: boolean): AttendanceGroup => ({id, title: GROUP_TITLES[id], atMeeting, people: [], bodies: []});
	const groups = [group('present', true), group('satIn', true), group('bodies', true), group('mentioned', false), group('staff', false)];
	const byId = new Map(groups.map(g => [g.id, g]));
	report.people.forEach((p, i) => byId.get(groupOf(p))?.people.push(i));
	groups[2].bodies = report.bodies.map((_, i) => i);
	return groups;
}
