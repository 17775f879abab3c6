import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createIndex, matchCount, search} from '../../source/search/index.ts';
import type {Report} from '../../source/model/report.ts';
import {corpusFile, parseFile} from '../helpers/corpus.ts';
import {bundled, find, matched, places, sectionsWith} from './setup.ts';

test('words separated by spaces must all match in the same section', async () => {
	const both = bundled.sections.filter(s => s.text.includes('八八战略') && s.text.includes('统筹发展和安全')).map(s => `section ${s.id}`);
	assert.ok(both.length > 0 && both.length < sectionsWith('八八战略').length);
	const hits = find('八八战略 统筹发展和安全', {kinds: ['section']});
	assert.deepEqual(places(hits), both);
	assert.deepEqual(new Set(matched(hits)), new Set(['八八战略', '统筹发展和安全']));
	// An input method's ideographic space separates words as well.
	assert.deepEqual(places(find('八八战略\u3000统筹发展和安全', {kinds: ['section']})), both);
});

test('two words that sit in different sections find nothing together', async () => {
	assert.ok(sectionsWith('腾笼换鸟').length > 0 && sectionsWith('里程碑').length > 0);
	assert.ok(sectionsWith('腾笼换鸟').every(s => !sectionsWith('里程碑').includes(s)));
	assert.deepEqual(find('腾笼换鸟 里程碑'), []);
	assert.deepEqual(find('tlhn lcb'), []);
});

test('Latin words are first read as one pinyin sequence, then as words that must all match', async () => {
	// Joined, `zhanlue chuangkou` would need 战略窗口, which the report never writes.
	assert.deepEqual(sectionsWith('战略窗口'), []);
	const hits = find('zhanlue chuangkou', {kinds: ['section']});
	const both = bundled.sections.filter(s => s.text.includes('战略') && s.text.includes('窗口')).map(s => `section ${s.id}`);
	assert.ok(both.length > 0);
	assert.deepEqual(places(hits), both);
	assert.deepEqual(new Set(matched(hits)), new Set(['战略', '窗口']));
});

test('pinyin and characters mix across words, overlapping ranges merged', async () => {
	const hits = find('战略 zhanlue', {kinds: ['section']});
	assert.deepEqual([...new Set(matched(hits))], ['战略']);
	for (const hit of hits) for (let i = 1; i < hit.ranges.length; i++) assert.ok(hit.ranges[i].start >= hit.ranges[i - 1].end);
});

test('kinds restrict the search to one list: terms only, sections only', async () => {
	const terms = find('bbzl', {kinds: ['term']});
	assert.ok(terms.length > 0);
	assert.ok(terms.every(h => h.kind === 'term' && bundled.terms[h.id].text.includes('八八战略')));
	assert.ok(find('bbzl', {kinds: ['section']}).every(h => h.kind === 'section'));
	const all = new Set(find('bbzl').map(h => h.kind));
	assert.ok(all.has('section') && all.has('term'), [...all].join());
});

const withPeople: Report = {
	...bundled,
	people: [
		{name: '马卫光', roles: ['市委书记'], part: 'spoke', also: [], sections: [1]},
		{name: '盛阅春', roles: ['市委副书记'], part: 'attended', also: [], sections: [1]},
	],
	bodies: [{name: '市委委员', count: 42, part: 'attended', sections: [1]}],
	measures: [{id: 1, group: '主要目标', type: 'goal', ordinal: 1, text: '奋力打造“重要窗口”绍兴风景硬核成果', section: 6, start: 0}],
};

test('people are found by name, initials or role; the name comes first in their text', async () => {
	const index = await createIndex(withPeople);
	const byName = search(index, 'mwg', {kinds: ['person']});
	assert.deepEqual(places(byName), ['person 0']);
	assert.deepEqual(byName[0].ranges, [{start: 0, end: 3}]);
	assert.deepEqual(places(search(index, '马卫光 书记', {kinds: ['person']})), ['person 0']);
	assert.deepEqual(places(search(index, 'fushuji', {kinds: ['person']})), ['person 1']);
	assert.deepEqual(search(index, '马卫光 副书记', {kinds: ['person']}), []);
});

test('measures and bodies are places of their own, with their section', async () => {
	const index = await createIndex(withPeople);
	const measure = search(index, 'yinghe', {kinds: ['measure']});
	assert.deepEqual(places(measure), ['measure 1']);
	assert.equal(measure[0].section, 6);
	assert.deepEqual(matched(measure), ['硬核']);
	assert.deepEqual(places(search(index, 'swwy', {kinds: ['body']})), ['body 0']);
});

test('hits come by kind, then document order; matchCount totals the ranges', async () => {
	const index = await createIndex(withPeople);
	const hits = search(index, 'zyck');
	const kinds = hits.map(h => h.kind);
	assert.deepEqual(
		kinds,
		[...kinds].sort((a, b) => ['section', 'measure', 'person', 'body', 'term'].indexOf(a) - ['section', 'measure', 'person', 'body', 'term'].indexOf(b)),
	);
	assert.ok(kinds.includes('measure'));
	assert.equal(matchCount(hits), matched(hits).length);
	assert.ok(matchCount(hits) > hits.length);
});

test('the context line holds the match, its ranges pointing at it', async () => {
	for (const hit of find('babazhanlue', {kinds: ['section']})) {
		const {text, ranges} = hit.context;
		assert.ok(ranges.length > 0 && text.length <= 60);
		assert.equal(text.slice(ranges[0].start, ranges[0].end), '八八战略');
		assert.ok(text.startsWith('…') === hit.ranges[0].start > 14);
	}
	const json = JSON.parse(JSON.stringify(find('bbzl', {kinds: ['section']})[0]));
	assert.deepEqual(Object.keys(json).sort(), ['context', 'id', 'kind', 'ranges', 'report', 'section', 'text']);
});

test('one index over several reports tells them apart', async () => {
	const reports = await Promise.all(['00', '07', '09'].map(prefix => parseFile(corpusFile(prefix))));
	const index = await createIndex(reports);
	const hits = search(index, 'xjp', {kinds: ['section']});
	const expected = reports.flatMap((r, n) => r.sections.filter(s => s.text.includes('习近平')).map(s => `${n}:${s.id}`));
	assert.ok(new Set(expected.map(e => e.split(':')[0])).size === 3);
	assert.deepEqual(
		hits.map(h => `${h.report}:${h.id}`),
		expected,
	);
	assert.ok(matched(hits).every(m => m === '习近平'));
});

test('an empty or blank query finds nothing', async () => {
	assert.deepEqual(find(''), []);
	assert.deepEqual(find('   '), []);
});
