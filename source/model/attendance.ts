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

/**
 * How a body's part reads. 列席 and 旁听 are both an observer's part in the model; the sentences
 * that name the body say which: 旁听 (observed, from the gallery) is not 列席 (sat in, with a seat
 * at the meeting but no vote).
 */
export function bodyPartLabel(body: Body, sections: readonly {id: number; text: string}[]): string {
	if (body.part !== 'observer') return PART_LABEL[body.part];
	let observed = false;
	let satIn = false;
	for (const section of sections) {
		if (!body.sections.includes(section.id)) continue;
		for (const sentence of section.text.split(/[。！？；\n]/)) {
			if (!sentence.includes(body.name)) continue;
			// A report in traditional characters is kept as written (text/folding.ts): 旁聽.
			observed ||= /旁[听聽]/.test(sentence);
			satIn ||= sentence.includes('列席');
		}
	}
	if (observed && satIn) return 'sat in or observed (列席, 旁听)';
	return observed ? 'observed (旁听)' : PART_LABEL.observer;
}

/** How many took part in the meeting: the people present or sitting in, and the bodies. */
export function atMeetingCount(report: {people: readonly Person[]; bodies: readonly Body[]}): number {
	return attendanceGroups(report)
		.filter(g => g.atMeeting)
		.reduce((n, g) => n + g.people.length + g.bodies.length, 0);
}

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
