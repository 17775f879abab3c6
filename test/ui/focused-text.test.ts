import {test} from 'node:test';
import assert from 'node:assert/strict';
import {makeReport} from './fixture.ts';
import {characterCount, citation, focusedText, sentencesWith, wholeReport, withCitation} from '../../source/ui/view/focused-text.ts';
import {focusedReport, saveContent} from '../../source/ui/view/focused-report.ts';
import {exportReport} from '../../source/app/export.ts';

const report = makeReport();

test('a section is its text as the model has it (escape sequences included), ending in one newline', () => {
	const f = focusedText(report, {kind: 'section', id: 4});
	assert.equal(f.text, report.sections[3].text + '\n');
	assert.ok(f.text.includes('\x1b]0;pwned\x07'), 'the pipe gets the original text, not the sanitized view');
	assert.equal(f.label, '§4');
	assert.deepEqual(f.sections, [4]);
	assert.equal(f.stem, '2020-12-12-section-4');
});

test('a measure is its whole group as a numbered list; the group goes in the citation', () => {
	const f = focusedText(report, {kind: 'measure', index: 1});
	assert.equal(f.text, '1. 确保经济实力“30强”\n2. 奋力打造“重要窗口”\n');
	assert.equal(f.label, '主要目标 (2 items)');
	assert.equal(citation(report, f), '— 《市委召开八届九次全体(扩大)会议》, 2020-12-12, 绍兴网-绍兴日报, §2 (主要目标)');
	assert.equal(focusedText(report, {kind: 'measure', index: 2}).label, '号召 (1 item)');
});

test('a person, body or term is every sentence it occurs in, as §N<TAB>sentence', () => {
	assert.equal(focusedText(report, {kind: 'person', index: 0}).text, '§1\t市委书记马卫光讲话。\n');
	const term = focusedText(report, {kind: 'term', index: 0});
	assert.equal(term.text, '§2\t全会指出,主要目标是:确保经济实力“30强”,奋力打造“重要窗口”,加快实现“四个率先”。\n§5\t全会号召,让我们更加紧密地团结起来,奋力打造“重要窗口”,为现代化建设作出更大贡献。\n');
	assert.deepEqual(term.sections, [2, 5]);
	// The photographer, written with a space, is found in the caption.
	assert.equal(focusedText(report, {kind: 'person', index: 4}).text, 'caption\t市委召开全体会议。 首席记者 袁 云 摄\n');
	assert.equal(focusedText(report, {kind: 'body', index: 0}).label, '市委委员');
	// Mentioned nowhere in the text: nothing, and no stray newline.
	assert.equal(focusedText(report, {kind: 'person', index: 3}).text, '');
});

test('sentences end at 。！？ with their closing quotes, once each however often the name occurs', () => {
	assert.deepEqual(sentencesWith('他说：“好。”她说。好好好！', ['好']), ['他说：“好。”', '好好好！']);
});

test('the whole report: the title, then every section a blank line apart; also when nothing is focused', () => {
	const whole = wholeReport(report);
	assert.ok(whole.text.startsWith(`${report.meta.title}\n\n${report.sections[0].text}\n\n`));
	assert.ok(whole.text.endsWith(`${report.sections[4].text}\n`));
	assert.deepEqual(focusedText(report, {kind: 'section', id: 1}, 'report'), whole);
	assert.deepEqual(focusedText(report, null), whole);
	assert.equal(citation(report, whole), '— 《市委召开八届九次全体(扩大)会议》, 2020-12-12, 绍兴网-绍兴日报');
});

test('Y adds the citation on the line after the text', () => {
	const f = focusedText(report, {kind: 'section', id: 2});
	assert.equal(withCitation(report, f), `${report.sections[1].text}\n— 《市委召开八届九次全体(扩大)会议》, 2020-12-12, 绍兴网-绍兴日报, §2\n`);
});

test('characters are counted as wc -m counts them: code points', () => {
	assert.equal(characterCount('全会𠀀a\n'), 5);
});

test('a focused report holds the part in focus under the metadata, and exports like any report', () => {
	const section = focusedReport(report, {kind: 'section', id: 2});
	assert.deepEqual(section.sections, [report.sections[1]]);
	assert.deepEqual(section.measures, report.measures.slice(0, 2));
	assert.deepEqual(section.meta, report.meta);
	const group = focusedReport(report, {kind: 'measure', index: 2});
	assert.deepEqual(group.measures, [report.measures[2]]);
	assert.deepEqual(
		group.sections.map(s => s.id),
		[5],
	);
	const term = focusedReport(report, {kind: 'term', index: 0});
	assert.deepEqual(term.terms, [report.terms[0]]);
	assert.deepEqual(
		term.sections.map(s => s.id),
		[2, 5],
	);
	assert.equal(focusedReport(report, null), report);
	const md = saveContent(report, {kind: 'section', id: 2}, 'x.md');
	assert.equal(md?.content, exportReport(section, 'md'));
	assert.equal(md?.formatName, 'Markdown');
	assert.equal(saveContent(report, null, 'out.JSON')?.format, 'json');
	assert.equal(saveContent(report, null, 'notes.txt')?.format, 'txt');
	// No extension is Markdown, as export's default; another extension is refused, never text.
	assert.equal(saveContent(report, null, 'notes')?.format, 'md');
	assert.equal(saveContent(report, null, 'notes.docx'), null);
});
