// Whatever text the attendees extractor is given, it keeps its promises: one entry per person and
// per group, the primary part ranked above every other part, sections in order.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type {Meta, PersonPart, Section} from '../../source/model/report.ts';
import {extractAttendees} from '../../source/parse/attendees/index.ts';

// Pieces of attendance sentences, so random paragraphs reach the formulas, lists and credits.
const PIECES = [
	'市委书记',
	'副书记',
	'省长',
	'国务院总理',
	'常委们',
	'马卫光',
	'盛阅春',
	'陈澄',
	'李强',
	'王宁',
	'洛桑江村',
	'雪克来提·扎克尔',
	'、',
	'，',
	'。',
	'：',
	'和',
	'以及',
	'等',
	'主持会议',
	'讲话',
	'发表重要讲话',
	'出席',
	'列席会议',
	'参加会议',
	'在主席台就座',
	'受市委常委会委托作的工作报告',
	'就《建议》向全会作了说明',
	'出席这次全会的',
	'市委委员42名',
	'列席238人',
	'应出席代表2956人',
	'缺席84人',
	'免去',
	'任命',
	'为国家监委委员',
	'的职务',
	'首席记者 袁 云 摄',
	'【责任编辑:刘阳】',
	'习近平新时代中国特色社会主义思想',
	'同志',
	'总书记',
	'有关负责同志',
	'由',
	'在主席台就座的还有：',
	'(',
	')',
	' ',
	'  ',
	'\u3000',
];

const RANK: readonly PersonPart[] = ['presided', 'spoke', 'reported', 'explained', 'attended', 'mentioned', 'staff'];

const paragraph = fc.array(fc.constantFrom(...PIECES), {maxLength: 30}).map(pieces => pieces.join(''));

function meta(lines: string[]): Meta {
	return {title: '', date: null, time: null, source: null, channel: null, meeting: null, bylines: [{role: '作者', name: lines[0] ?? ''}], caption: lines[1] ?? null, lines};
}

test('one entry per person and per group, parts ranked, sections ordered, for any paragraphs', () => {
	fc.assert(
		fc.property(fc.array(paragraph, {maxLength: 6}), fc.array(paragraph, {maxLength: 3}), (texts, lines) => {
			const sections: Section[] = texts.map((text, i) => ({id: i + 1, lead: null, heading: '', text, offset: 0}));
			const {people, bodies} = extractAttendees(sections, meta(lines));
			assert.equal(new Set(people.map(p => p.name)).size, people.length);
			assert.equal(new Set(bodies.map(b => b.name)).size, bodies.length);
			for (const person of people) {
				assert.ok(person.name.length >= 2 && !/\s/u.test(person.name), person.name);
				assert.ok(!person.also.includes(person.part));
				for (const other of person.also) if (other !== 'staff') assert.ok(RANK.indexOf(person.part) < RANK.indexOf(other), `${person.name}: ${person.part} before ${other}`);
				assert.deepEqual(
					person.sections,
					[...person.sections].sort((a, b) => a - b),
				);
				assert.ok(person.sections.every(id => id === 0 || sections.some(s => s.id === id)));
			}
			for (const group of bodies) assert.ok(group.count === null || (Number.isInteger(group.count) && group.count >= 0));
		}),
		{numRuns: 400},
	);
});
