// How attendance reads: 列席 and 旁听 observers told apart by the report's own words, and who
// counts as at the meeting.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {atMeetingCount, bodyPartLabel} from '../../source/model/attendance.ts';
import type {Body, Person} from '../../source/model/report.ts';

const body = (name: string, part: Body['part'], sections: number[]): Body => ({name, count: null, part, sections});
const sections = [
	{id: 1, text: '部分市人大代表、政协委员旁听会议。市纪委委员列席会议。'},
	{id: 2, text: '各民主党派负责人列席或旁听会议。'},
];

test('an observer body is 旁听 or 列席 by the sentence that names it', () => {
	assert.equal(bodyPartLabel(body('部分市人大代表、政协委员', 'observer', [1]), sections), 'observed (旁听)');
	assert.equal(bodyPartLabel(body('市纪委委员', 'observer', [1]), sections), 'sat in (列席)');
	assert.equal(bodyPartLabel(body('各民主党派负责人', 'observer', [2]), sections), 'sat in or observed (列席, 旁听)');
	assert.equal(bodyPartLabel(body('市委委员', 'attended', [1]), sections), 'attended');
	// A report in traditional characters is read as written.
	assert.equal(bodyPartLabel(body('部分市人大代表', 'observer', [3]), [{id: 3, text: '部分市人大代表旁聽會議。'}]), 'observed (旁听)');
});

test('at the meeting: the people present or sitting in, and the bodies; not those mentioned, not the staff', () => {
	const person = (part: Person['part'], as?: '列席'): Person => ({name: 'x', roles: [], part, also: [], sections: [], ...(as ? {as} : {})});
	const people = [person('spoke'), person('attended', '列席'), person('mentioned'), person('staff')];
	assert.equal(atMeetingCount({people, bodies: [body('市委委员', 'attended', [1])]}), 3);
});
