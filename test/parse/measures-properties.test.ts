// Properties every extraction keeps, on paragraphs stitched from the genre's list markers,
// labels, openers and punctuation in both widths.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type {Section} from '../../source/model/report.ts';
import {extractMeasures} from '../../source/parse/measures/index.ts';

const FRAGMENTS = [
	'一是',
	'二是',
	'三是',
	'一要着力',
	'二要',
	'第一，',
	'第二，',
	'（一）',
	'(二)',
	'一、',
	'二、',
	'三、',
	'全会指出，',
	'会议强调，',
	'主要目标是：',
	'原则，',
	'的原则',
	'通过了',
	'《方案》',
	'、',
	'，',
	',',
	'；',
	';',
	'。',
	'：',
	':',
	'坚持',
	'着眼',
	'以',
	'把',
	'在',
	'要',
	'必须',
	'宏观政策要稳',
	'推动发展',
	'“四个意识”',
	'“',
	'”',
	'  ',
	'　',
];

const paragraph = fc.array(fc.constantFrom(...FRAGMENTS), {maxLength: 60}).map(parts => parts.join(''));

test('measures point back into their section, are disjoint or nested, and number in order', () => {
	fc.assert(
		fc.property(fc.array(paragraph, {minLength: 1, maxLength: 6}), texts => {
			const sections: Section[] = texts.map((text, i) => ({id: i + 1, lead: null, heading: '', text, offset: 0}));
			const measures = extractMeasures(sections);
			measures.forEach((m, k) => {
				assert.equal(m.id, k + 1);
				assert.ok(m.ordinal >= 1);
				assert.ok(m.text.length > 0);
				const section = sections.find(s => s.id === m.section);
				assert.ok(section);
				if (m.start >= 0) assert.equal(section.text.slice(m.start, m.start + m.text.length), m.text);
			});
			const spans = measures.map(m => ({section: m.section, start: m.start, end: m.start + m.text.length})).sort((a, b) => a.section - b.section || a.start - b.start);
			// Only a list inside one clause (宏观政策要稳、…) may sit within another list's item.
			for (let k = 1; k < spans.length; k++) {
				const [a, b] = [spans[k - 1], spans[k]];
				if (a.section === b.section) assert.ok(b.start >= a.end || b.end <= a.end, 'measures are disjoint or nested');
			}
			for (let k = 1; k < measures.length; k++) {
				const [a, b] = [measures[k - 1], measures[k]];
				if (a.group === b.group && a.section === b.section && b.ordinal > 1) assert.equal(b.ordinal, a.ordinal + 1);
			}
		}),
		{numRuns: 400},
	);
});
