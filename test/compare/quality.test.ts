// Holds plenum diff to the figures it reaches on the hand-labelled pairs (npm run quality prints
// them per pair): a change that loses real differences, or invents them, fails here.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {f1, pairNames, precision, recall, scorePair, sum} from './quality.ts';

test('labelled pairs: changed formulations, terms and people found', async () => {
	const names = pairNames();
	assert.ok(names.length >= 10, `${names.length} labelled pairs`);
	const scores = await Promise.all(names.map(name => scorePair(name)));
	const formulations = sum(scores.map(s => s.formulations));
	const terms = sum(scores.map(s => s.terms));
	const people = sum(scores.map(s => s.people));
	assert.ok(recall(formulations) >= 0.9, `formulation recall ${recall(formulations).toFixed(2)}`);
	assert.ok(precision(formulations) >= 0.8, `formulation precision ${precision(formulations).toFixed(2)}`);
	assert.ok(f1(terms) >= 0.97, `terms F1 ${f1(terms).toFixed(2)}`);
	assert.ok(f1(people) >= 0.98, `people F1 ${f1(people).toFixed(2)}`);
});
