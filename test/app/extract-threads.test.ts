// A long report's extractors run in two workers (app/extract-threads.ts): its attendees in one,
// its measures and terms in the other, and the browser puts their answers together. What it
// shows must be what one run of all three finds: the tabs' lists and counts, as `plenum --json`
// prints them. Checked here on real reports of the development corpus (test/corpus, by number),
// traditional ones among them (read folded, found in the characters as written), and the bundled one.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {openOutline} from '../../source/app/open.ts';
import {completeReport} from '../../source/parse/index.ts';
import {extractorShares, merged, TWO_WORKERS_FROM} from '../../source/app/extract-threads.ts';
import {loadConverter, looksTraditional} from '../../source/text/han-fold.ts';
import type {Outline} from '../../source/model/report.ts';
import {devFile} from '../helpers/dev-corpus.ts';
import {BUNDLED} from '../helpers/corpus.ts';

/** An outline of `length` characters of text, for the shares only. */
const outlineOf = (length: number): Outline => ({meta: {} as Outline['meta'], sections: [{id: 1, lead: null, heading: '', text: '会'.repeat(length), offset: 0}], footer: ''});

test('a report of 300,000 characters or more is shared between two workers, a shorter one is read by one', () => {
	assert.deepEqual(extractorShares(outlineOf(TWO_WORKERS_FROM - 1)), [['attendees', 'measures', 'terms']]);
	assert.deepEqual(extractorShares(outlineOf(TWO_WORKERS_FROM)), [['attendees'], ['measures', 'terms']]);
});

for (const [name, path] of [
	['the bundled report', BUNDLED],
	['24 (traditional)', devFile('24')],
	['58 (traditional, a Taiwan reprint)', devFile('58')],
	['101', devFile('101')],
	['117 (traditional, with readings)', devFile('117')],
	['233 (a digest)', devFile('233')],
]) {
	test(`${name}: the two workers' answers put together are what one run of the extractors finds`, async () => {
		const {loaded, outline} = await openOutline(path, {quiet: true});
		const convert = looksTraditional(loaded.text) ? await loadConverter() : undefined;
		const options = convert ? {convert} : {};
		const whole = completeReport(outline, options);
		const shares = extractorShares(outlineOf(TWO_WORKERS_FROM));
		// As a worker posts it: the findings of every extractor, those it did not run empty.
		const answers = shares.map(extractors => {
			const {measures, people, bodies, terms} = completeReport(outline, options, extractors);
			return structuredClone({measures, people, bodies, terms});
		});
		const {measures, people, bodies, terms} = whole;
		assert.ok(measures.length + people.length + terms.length > 0, 'the report has findings to compare');
		assert.deepEqual(merged(shares, answers), {measures, people, bodies, terms});
	});
}
