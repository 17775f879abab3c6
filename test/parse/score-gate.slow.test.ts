// The regression gate: no report's field may score below its committed baseline
// (test/corpus/baseline.json, written by `npm run score -- --write`). A rule that helps some
// reports and hurts another shows here, report by report.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {FIELDS} from '../../scripts/score/metrics.ts';
import {labelled, readBaseline, scoreReport} from '../../scripts/score/corpora.ts';

const baseline = readBaseline();

test('every labelled report has a baseline', () => {
	const missing = labelled()
		.map(entry => entry.id)
		.filter(id => !baseline[id]);
	assert.deepEqual(missing, [], 'run `npm run score -- --write` after labelling a report');
});

test('no report scores below its baseline on any field', async () => {
	const drops: string[] = [];
	for (const entry of labelled()) {
		const {scores, error} = await scoreReport(entry);
		assert.equal(error, undefined, `${entry.id}: ${error}`);
		const before = baseline[entry.id];
		if (!before) continue;
		for (const field of FIELDS) if (scores[field] < before[field] - 1e-4) drops.push(`${entry.id} ${field}: ${before[field]} → ${scores[field].toFixed(4)}`);
	}
	assert.deepEqual(drops, []);
});
