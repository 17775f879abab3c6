import {test} from 'node:test';
import assert from 'node:assert/strict';
import OpenCC from 'opencc-js';
import {createIndex, search} from '../../source/search/index.ts';
import {corpusFile, parseFile} from '../helpers/corpus.ts';
import {bundled, find, matched, places, sectionsWith} from './setup.ts';

test('Chinese substring: 四个率先 finds every section that says it, in document order', async () => {
	const hits = find('四个率先', {kinds: ['section']});
	assert.deepEqual(places(hits), sectionsWith('四个率先'));
	assert.deepEqual([...new Set(matched(hits))], ['四个率先']);
	const ids = hits.map(h => h.id);
	assert.deepEqual(
		ids,
		[...ids].sort((a, b) => a - b),
	);
});

test('ranges count every occurrence inside a section, not just the first', async () => {
	const section = bundled.sections.find(s => s.text.split('重要窗口').length > 2);
	assert.ok(section, 'a section naming 重要窗口 twice');
	const hit = find('重要窗口', {kinds: ['section']}).find(h => h.id === section.id);
	assert.equal(hit?.ranges.length, section.text.split('重要窗口').length - 1);
});

test('a string the report does not contain finds nothing', async () => {
	assert.deepEqual(find('九九战略'), []);
	assert.deepEqual(find('略战八八'), []);
});

test('traditional characters in the query find the simplified text: 八八戰略, 四個率先', async () => {
	assert.deepEqual(places(find('八八戰略', {kinds: ['section']})), sectionsWith('八八战略'));
	assert.deepEqual([...new Set(matched(find('四個率先', {kinds: ['section']})))], ['四个率先']);
});

test('a report written in traditional characters is found by simplified queries and pinyin, highlighting its own characters', async () => {
	const toTraditional = OpenCC.Converter({from: 'cn', to: 'tw'});
	const traditional = {...bundled, sections: bundled.sections.map(s => ({...s, text: toTraditional(s.text)}))};
	const index = await createIndex(traditional);
	for (const query of ['八八战略', '八八戰略', 'bbzl']) {
		const hits = search(index, query, {kinds: ['section']});
		assert.deepEqual(places(hits), sectionsWith('八八战略'), query);
		assert.deepEqual([...new Set(matched(hits))], ['八八戰略'], query);
	}
});

test('full-width digits and punctuation equal half-width: ２０３５ finds 2035, ， finds ,', async () => {
	assert.deepEqual(places(find('２０３５年', {kinds: ['section']})), sectionsWith('2035年'));
	assert.deepEqual([...new Set(matched(find('２０３５年')))], ['2035年']);
	// The bundled report writes commas half-width: a full-width query comma still finds them.
	assert.ok(sectionsWith('全会指出,').length > 0);
	assert.deepEqual(places(find('全会指出，', {kinds: ['section']})), sectionsWith('全会指出,'));
});

test('a half-width query comma finds full-width commas in a corpus report', async () => {
	const report = await parseFile(corpusFile('15'));
	const withComma = report.sections.filter(s => s.text.includes('，'));
	assert.ok(withComma.length > 0);
	const index = await createIndex(report);
	const hits = search(index, ',', {kinds: ['section']});
	assert.deepEqual(
		hits.map(h => h.id),
		withComma.map(s => s.id),
	);
	assert.deepEqual([...new Set(matched(hits))], ['，']);
});

test('Latin is case-insensitive and width-insensitive: gdp, GdP and ＧＤＰ find GDP', async () => {
	const extra = {id: 99, lead: null, heading: '全市GDP', text: '全市GDP增长6.8%,ABC12项目落地。', offset: 0};
	const index = await createIndex({...bundled, sections: [...bundled.sections, extra]});
	for (const query of ['gdp', 'GdP', 'ＧＤＰ', 'ｇｄｐ增长']) {
		const hits = search(index, query, {kinds: ['section']});
		assert.deepEqual(places(hits), ['section 99'], query);
		assert.ok(matched(hits)[0].startsWith('GDP'), query);
	}
	assert.deepEqual(matched(search(index, 'ＡＢＣ１２')), ['ABC12']);
	assert.deepEqual(search(index, 'gdq'), []);
});

test('folding keeps the readings of the character as written: 乾隆 (folded to 干隆) is still qianlong', async () => {
	const extra = {id: 99, lead: null, heading: '乾隆', text: '乾隆年间修建的古桥。', offset: 0};
	const index = await createIndex({...bundled, sections: [...bundled.sections, extra]});
	assert.deepEqual(matched(search(index, 'qianlong')), ['乾隆']);
	assert.deepEqual(matched(search(index, '乾隆')), ['乾隆']);
});
