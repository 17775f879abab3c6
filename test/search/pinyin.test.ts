import {test} from 'node:test';
import assert from 'node:assert/strict';
import {find, matched, places, sectionsWith} from './setup.ts';

const BABA = sectionsWith('八八战略');

test('the bundled report names 八八战略 in more than one section (so the tests below mean something)', () => {
	assert.ok(BABA.length >= 2, BABA.join());
});

test('full syllables: babazhanlue finds every 八八战略 and highlights exactly those four characters', () => {
	const hits = find('babazhanlue', {kinds: ['section']});
	assert.deepEqual(places(hits), BABA);
	assert.ok(matched(hits).length >= BABA.length);
	for (const text of matched(hits)) assert.equal(text, '八八战略');
});

test('initials: bbzl finds 八八战略 and only it', () => {
	const hits = find('bbzl', {kinds: ['section']});
	assert.deepEqual(places(hits), BABA);
	assert.deepEqual([...new Set(matched(hits))], ['八八战略']);
});

test('mixes of initials and syllables, with or without spaces', () => {
	for (const query of ['bbzhanlue', 'babazl', 'ba ba zhan lue', 'ba ba zl', 'BaBaZhanLue']) {
		const hits = find(query, {kinds: ['section']});
		assert.deepEqual(places(hits), BABA, query);
		assert.deepEqual([...new Set(matched(hits))], ['八八战略'], query);
	}
});

test('zh, ch and sh count as initials as well as their first letter', () => {
	assert.deepEqual([...new Set(matched(find('bbzhl', {kinds: ['section']})))], ['八八战略']);
	assert.deepEqual([...new Set(matched(find('sgsx', {kinds: ['section']})))], ['四个率先']);
	assert.deepEqual([...new Set(matched(find('sgshx', {kinds: ['section']})))], ['四个率先']);
});

test('wrong letters do not match: bbzx, babazhanlie and bbzlq find no 八八战略', () => {
	for (const query of ['bbzx', 'babazhanlie', 'babazhenlue']) assert.deepEqual(find(query), [], query);
	assert.ok(!matched(find('bbzlq')).includes('八八战略'));
});

test('polyphonic characters match every reading: 重 as zhong and chong, 率 as shuai and lü', () => {
	const zhong = find('zhongyaochuangkou', {kinds: ['section']});
	const chong = find('chongyaochuangkou', {kinds: ['section']});
	assert.ok(zhong.length > 0);
	assert.deepEqual(places(chong), places(zhong));
	assert.deepEqual([...new Set(matched(chong))], ['重要窗口']);
	assert.deepEqual(places(find('sigeshuaixian', {kinds: ['section']})), sectionsWith('四个率先'));
	assert.deepEqual(places(find('sigelvxian', {kinds: ['section']})), sectionsWith('四个率先'));
});

test('ü may be typed as u or v: lue and lve both find 略', () => {
	assert.deepEqual([...new Set(matched(find('zhanlue', {kinds: ['section']})))], ['战略']);
	assert.deepEqual([...new Set(matched(find('zhanlve', {kinds: ['section']})))], ['战略']);
});

test('pinyin typed with tone marks or ü reads as plain letters: zhànlüè, lüe', () => {
	assert.deepEqual([...new Set(matched(find('zhànlüè', {kinds: ['section']})))], ['战略']);
	assert.deepEqual([...new Set(matched(find('BaBaZhànLǛè', {kinds: ['section']})))], ['八八战略']);
});

test('characters and pinyin mix inside one word: 八八zl, bb战略', () => {
	assert.deepEqual(places(find('八八zl', {kinds: ['section']})), BABA);
	assert.deepEqual([...new Set(matched(find('bb战略', {kinds: ['section']})))], ['八八战略']);
	assert.deepEqual(find('八八zx'), []);
});

test('every keystroke of babazhanlue keeps 八八战略 among the hits, narrowing as it goes', () => {
	let previous = Infinity;
	for (let n = 1; n <= 'babazhanlue'.length; n++) {
		const hits = find('babazhanlue'.slice(0, n), {kinds: ['section']});
		for (const place of BABA) assert.ok(places(hits).includes(place), `${n}: ${place}`);
		const total = matched(hits).length;
		assert.ok(total <= previous, `${n}: ${total} > ${previous}`);
		previous = total;
	}
});

test('each character consumes its own letters: bzhanlue matches 八战略, never 八八战略', () => {
	const hits = find('bzhanlue', {kinds: ['section']});
	assert.deepEqual([...new Set(matched(hits))], ['八战略']);
	assert.ok(hits.every(hit => hit.ranges.every(r => hit.text.slice(r.start, r.end) !== '八八战略')));
});

test('a name by its initials: mwg finds 马卫光', () => {
	assert.deepEqual([...new Set(matched(find('mwg', {kinds: ['section']})))], ['马卫光']);
	assert.deepEqual(places(find('mwg', {kinds: ['section']})), sectionsWith('马卫光'));
});
