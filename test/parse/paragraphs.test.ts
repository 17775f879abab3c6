import {test} from 'node:test';
import assert from 'node:assert/strict';
import {splitParagraphs} from '../../source/parse/paragraphs.ts';
import {parseDev} from '../helpers/dev-corpus.ts';

test('newlines, CRLF and blank lines separate paragraphs, offsets point into the text', () => {
	const text = '全会指出，甲。\r\n\r\n全会强调，乙。\n  全会号召，丙。';
	const paragraphs = splitParagraphs(text);
	assert.deepEqual(
		paragraphs.map(p => p.text),
		['全会指出，甲。', '全会强调，乙。', '全会号召，丙。'],
	);
	for (const p of paragraphs) assert.equal(text.slice(p.offset, p.offset + p.text.length), p.text);
});

test('a full-width indent inside a line starts a new paragraph, as in code-string extracts', () => {
	const paragraphs = splitParagraphs('　　会议认为，甲。　　会议确定，乙。');
	assert.deepEqual(
		paragraphs.map(p => p.text),
		['会议认为，甲。', '会议确定，乙。'],
	);
});

test('runs of em spaces separate paragraphs in feeds without newlines; a single space does not', () => {
	const text = '中央经济工作会议在北京举行 李强作总结讲话\u2003\u200312月10日至11日，会议举行。';
	assert.deepEqual(
		splitParagraphs(text).map(p => p.text),
		['中央经济工作会议在北京举行 李强作总结讲话', '12月10日至11日，会议举行。'],
	);
});

test('whitespace only gives no paragraphs', () => {
	assert.deepEqual(splitParagraphs(' \n\u3000\u3000\r\n\t '), []);
});

test('a text that lost its paragraph marks is cut where a sentence opens with a lead phrase', () => {
	const sentence = '会议听取了汇报，研究了下一步工作安排，要求各地各部门认真抓好贯彻落实。'.repeat(20);
	const text = `${sentence}全会指出，甲。${sentence}全会强调：乙。${sentence}`;
	const paragraphs = splitParagraphs(text);
	assert.deepEqual(
		paragraphs.map(p => p.text.slice(0, 4)),
		['会议听取', '全会指出', '全会强调'],
	);
	for (const p of paragraphs) assert.equal(text.slice(p.offset, p.offset + p.text.length), p.text);
	// An ordinary paragraph keeps a lead in its middle.
	assert.equal(splitParagraphs('全会充分肯定了工作。全会认为，一年来成绩显著。').length, 1);
});

test('paragraphs run together with a space between them are parted at the spaces, not at every lead', async () => {
	// 289: …主席团举行第一次会议。 会议以举手表决的方式,…名单。会议决定,…11时30分。 会议还提出了…。 …主持会议。
	const report = await parseDev('289');
	assert.deepEqual(
		report.sections.map(s => s.lead),
		[null, null, null, null],
	);
	assert.ok(
		report.sections.some(s => s.text.includes('名单。会议决定,')),
		'a lead inside a paragraph stays inside it',
	);
});

test('one space after a sentence is a paragraph mark when a lead opens what follows (789)', async () => {
	// 789: …习近平党建思想。 会议指出，习近平总书记在庆祝大会上的重要讲话…
	const report = await parseDev('789');
	assert.ok(
		report.sections.some(s => s.lead === '会议指出'),
		JSON.stringify(report.sections.map(s => s.text.slice(0, 12))),
	);
});
