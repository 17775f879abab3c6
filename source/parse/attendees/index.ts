import type {Body, Meta, Person, Section} from '../../model/report.ts';

export function extractAttendees(_sections: Section[], _meta: Meta): {people: Person[]; bodies: Body[]} {
	return {people: [], bodies: []};
}
