// The view sanitizes a section's text when it is first shown, and shows text that needs nothing
// sanitized as it is (no copy, no offset map): that shortcut must agree with sanitize.ts.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {sanitizeWithMap} from '../../source/text/sanitize.ts';
import {buildView, completeView, NEEDS_SANITIZING} from '../../source/ui/view/view.ts';
import {makeReport} from './fixture.ts';

const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

test('text with nothing to sanitize is what sanitize.ts returns for it, offset for offset', () => {
	fc.assert(
		fc.property(fc.string({unit: 'binary', maxLength: 60}), text => {
			if (NEEDS_SANITIZING.test(text)) return;
			const {text: shown, map} = sanitizeWithMap(text);
			assert.equal(shown, text);
			map.forEach((to, from) => assert.equal(to, from));
		}),
		{numRuns: 2000},
	);
});

test('a section is shown sanitized, and its offsets map to the shown text', () => {
	fc.assert(
		fc.property(fc.string({unit: 'binary', maxLength: 60}), text => {
			const report = makeReport();
			report.sections = [{id: 1, lead: null, heading: 'h', text, offset: 0}];
			const [section] = buildView(report).sections;
			assert.ok(!UNSAFE.test(section.text), JSON.stringify(section.text));
			const {text: shown, map} = sanitizeWithMap(text);
			assert.equal(section.text, shown);
			for (let i = 0; i <= text.length; i++) assert.equal(section.screenOffset(i), map[i]);
		}),
		{numRuns: 500},
	);
});

test('the view made when the extractors are done keeps the sections it showed', () => {
	const report = makeReport();
	const outline = buildView({...report, measures: [], people: [], bodies: [], terms: []}, false);
	assert.equal(outline.complete, false);
	const full = completeView(outline, report);
	assert.equal(full.sections, outline.sections);
	assert.equal(full.complete, true);
	assert.equal(full.measures.length, report.measures.length);
});
