// Nothing is lost: every non-whitespace character of a report's text ends up in the model's
// metadata lines, a section or the footer — and the parser never throws, whatever it is given.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {parseReport} from '../../source/parse/index.ts';
import type {Report} from '../../source/model/report.ts';
import {corpusFiles, loadText} from '../helpers/corpus.ts';

function inkCount(texts: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const text of texts) for (const ch of text) if (!/\s/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
	return counts;
}

function assertLossless(text: string, report: Report): void {
	const kept = inkCount([...report.meta.lines, ...report.sections.map(s => s.text), report.footer]);
	assert.deepEqual(kept, inkCount([text]));
	for (const s of report.sections) assert.equal(text.slice(s.offset, s.offset + s.text.length), s.text);
}

// Pieces of the genre, so random reports look like reports often enough to reach every rule.
const PIECES = [
	'全会指出，',
	'会议强调：',
	'大会号召,',
	'一要着力',
	'二是',
	'第三，',
	'（一）',
	'坚持',
	'；',
	'。',
	'，',
	'、',
	// A mirror's readings and stray commas, which the rules read without (source/text/folding.ts).
	',',
	',、',
	'會(huì)議',
	'楊林,、',
	'“八八战略”',
	'「四个率先」',
	'市委书记马卫光讲话。',
	'出席这次全会的市委委员42名、候补委员10名。',
	'列席238人',
	'2020-12-12 07:41',
	'来源:绍兴网',
	'作者:首席记者 张科勇 编辑:蒋超',
	'首席记者 袁 云 摄',
	'### 标题',
	'新闻热线',
	'（2024年1月10日通过）',
	'新华社北京12月11日电',
	'\n',
	'\r\n',
	'\u3000\u3000',
	'  ',
	'\u2003\u2003',
	'\t',
	' ',
	'\u001b]0;owned\u0007',
	'\u0000',
	'\u202e',
	'<p>',
	'中',
	'习近平',
	'同志',
];

const reportLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({maxLength: 6}), fc.string({unit: 'grapheme', maxLength: 4})), {maxLength: 60}).map(parts => parts.join(''));

test('for any text the parser never throws and loses no character', async () => {
	fc.assert(
		fc.property(reportLike, text => {
			assertLossless(text, parseReport(text));
		}),
		{numRuns: 400},
	);
});

test('every corpus report, and random cuts and splices of them, keep every character', async () => {
	const texts = await Promise.all(corpusFiles().map(loadText));
	for (const text of texts) assertLossless(text, parseReport(text));
	const mutated = fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.nat(), fc.string({maxLength: 20})).map(([text, a, b, insert]) => {
		const from = a % (text.length + 1);
		const to = from + (b % 200);
		return text.slice(0, from) + insert + text.slice(Math.min(to, text.length));
	});
	fc.assert(
		fc.property(mutated, text => {
			assertLossless(text, parseReport(text));
		}),
		{numRuns: 60},
	);
});
