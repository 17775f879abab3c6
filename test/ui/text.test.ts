import {test} from 'node:test';
import assert from 'node:assert/strict';
import {wrap} from '../../source/text/wrap.ts';
import {sanitize, sanitizeWithMap} from '../../source/text/sanitize.ts';
import {displayWidth} from '../../source/text/width.ts';
import {fitSegments} from '../../source/ui/view/segments.ts';

const PARAGRAPH =
	'全会指出,“十四五”时期绍兴经济社会发展指导思想是:忠实践行“八八战略”,奋力打造“重要窗口”,加快实现“四个率先”,统筹发展和安全。确保重返全国城市综合经济实力“30强”并不断争先进位,到2035年基本实现现代化。全会强调，要坚持党的全面领导；（一）坚持以人民为中心、坚持新发展理念。';
const CLOSING = [...'，。、；：）」”,:;)'];

test('wrapped rows never exceed the width, at odd and even widths', () => {
	for (let width = 3; width <= 41; width++) {
		for (const row of wrap(PARAGRAPH, width)) {
			assert.ok(displayWidth(row.text) <= width, `width ${width}: ${JSON.stringify(row.text)} is ${displayWidth(row.text)} wide`);
		}
	}
});

test('wrapping loses no character and keeps their order', () => {
	for (const width of [7, 10, 21, 33, 60]) {
		const rows = wrap(PARAGRAPH, width);
		assert.equal(rows.map(r => r.text).join(''), PARAGRAPH);
		rows.forEach(r => assert.equal(PARAGRAPH.slice(r.start, r.end), r.text));
	}
});

test('closing punctuation never starts a row, opening punctuation never ends one', () => {
	// From 6 columns up: below that a three-character unit like （一） cannot obey both rules.
	for (let width = 6; width <= 40; width++) {
		const rows = wrap(PARAGRAPH, width);
		rows.slice(1).forEach(r => assert.ok(!CLOSING.includes(r.text[0]), `width ${width}: row starts with ${r.text[0]}: ${r.text}`));
		rows.forEach(r => assert.ok(!'“（《'.includes(r.text.at(-1) ?? ''), `width ${width}: row ends with an opening mark: ${r.text}`));
	}
});

test('a full row of Chinese uses every column at even widths and leaves one free at odd widths', () => {
	const text = '一二三四五六七八九十'.repeat(3);
	assert.deepEqual(
		wrap(text, 10).map(r => r.width),
		[10, 10, 10, 10, 10, 10],
	);
	assert.deepEqual(
		wrap(text, 11).map(r => r.width),
		[10, 10, 10, 10, 10, 10],
	);
});

test('latin words and numbers stay whole when they fit, and break when they do not', () => {
	assert.deepEqual(
		wrap('hello world and 2035年目标', 11).map(r => r.text),
		['hello world', 'and 2035年', '目标'],
	);
	assert.deepEqual(
		wrap('abcdefghijkl', 5).map(r => r.text),
		['abcde', 'fghij', 'kl'],
	);
});

test('empty lines are kept as empty rows', () => {
	assert.deepEqual(
		wrap('甲\n\n乙', 10).map(r => r.text),
		['甲', '', '乙'],
	);
});

test('sanitize shows escape sequences, control characters and bidi overrides as placeholders', () => {
	const dirty = 'a\x1b]0;title\x07b\x1b[31mc\x1b[0m\x1b]52;c;ZXZpbA==\x1b\\d\x07e\x00f\x9bg\u202eh\u2066i\u200bj\ufeffk\x1bPdcs\x1b\\l';
	assert.equal(sanitize(dirty), 'a␛b␛c␛␛d␇e␀f␚g␚h␚ijk␛l');
});

test('sanitize expands tabs and normalizes line ends', () => {
	assert.equal(sanitize('ab\tc'), 'ab      c');
	assert.equal(sanitize('a\r\nb\rc'), 'a\nb\nc');
});

test('sanitize maps input offsets to output offsets', () => {
	const {text, map} = sanitizeWithMap('\x1b[1m重要\x1b[0m窗口');
	assert.equal(text, '␛重要␛窗口');
	assert.equal(text.slice(map[10], map[12]), '窗口');
});

test('fitted segments fill the width exactly and cut with an ellipsis', () => {
	const cases: [string[], number][] = [
		[['全会', '指出重要讲话精神'], 9],
		[['全会', '指出重要讲话精神'], 10],
		[['ab', '全会指出'], 5],
		[['短'], 8],
	];
	for (const [texts, width] of cases) {
		const fitted = fitSegments(
			texts.map(text => ({text, style: 'x'})),
			width,
			'pad',
		);
		const joined = fitted.map(s => s.text).join('');
		assert.equal(displayWidth(joined), width, JSON.stringify(joined));
		if (displayWidth(texts.join('')) > width) assert.ok(joined.trimEnd().endsWith('…'), joined);
	}
});
