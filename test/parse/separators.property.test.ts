// Separators never vanish: a tab, a lone CR or a run of spaces inside a line of a report laid out
// in lines is part of the paragraph it sits in, and so ends up in a section's text (or the
// header or footer), never in a gap between two sections (a line of chrome between sections is
// the footer's, separators and all). The lossless property
// (lossless.property.test.ts) counts only the characters that are not whitespace; this one
// holds the separators inside lines to it too.
//
// A text laid out in lines is cut at its line feeds only: tabs, runs of spaces and a stray CR
// inside a line are the paragraph's (source/parse/paragraphs.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {parseReport} from '../../source/parse/index.ts';

const SEPARATORS = ['\t', '\r', '  ', '   ', ' \t ', '\t\t'];
const WORDS = ['全会指出，', '要做好工作', '。', '全会强调，', '坚持', '“八八战略”', '市委书记马卫光讲话', '出席这次全会的市委委员42名', '；', '2020年'];

/** A report in lines: a title, then lines of words with separators between some of them. */
const lines = fc
	.array(fc.array(fc.oneof({weight: 3, arbitrary: fc.constantFrom(...WORDS)}, {weight: 1, arbitrary: fc.constantFrom(...SEPARATORS)}), {minLength: 2, maxLength: 12}), {minLength: 2, maxLength: 8})
	.map(rows => ['### 某市委全体会议公报', ...rows.map(r => r.join('').trim())].join('\n'));

/** Offsets of tabs, CRs and spaces with text on both sides on the same line. */
function insideLines(text: string): number[] {
	const out: number[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		const first = line.search(/\S/);
		const last = line.length - line.replace(/\s+$/, '').length;
		for (let i = first; first >= 0 && i < line.length - last; i++) if (/[\t\r ]/.test(line[i])) out.push(lineStart + i);
		lineStart += line.length + 1;
	}
	return out;
}

test('every tab, lone CR and run of spaces inside a line stays inside a section, the header or the footer', () => {
	fc.assert(
		fc.property(lines, text => {
			const report = parseReport(text);
			if (report.sections.length === 0) return;
			const first = report.sections[0].offset;
			const last = report.sections.at(-1)!;
			const end = last.offset + last.text.length;
			for (const at of insideLines(text)) {
				// Page chrome may stand between sections (a stamp, a caption): its lines go to the footer whole.
				const line = text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1).trim();
				const kept = at < first || at >= end || report.sections.some(s => at >= s.offset && at < s.offset + s.text.length) || report.footer.split('\n').includes(line);
				assert.ok(kept, `${JSON.stringify(text[at])} at ${at} fell between sections in ${JSON.stringify(text)}`);
			}
		}),
		// A run found this one: a line read as chrome between two sections.
		{numRuns: 300, examples: [['### 某市委全体会议公报\n全会指出，。\n要做好工作 \t 坚持 \t 2020年\n。']]},
	);
});
