// The Compare view's model, layout and keys, on a real pair (test/compare/pairs/01: the 20th
// CCDI's 2nd and 3rd plenum communiqués; provenance in its labels.json).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {parseFile} from '../helpers/corpus.ts';
import {compareReports} from '../../source/compare/index.ts';
import {compareItems, selectable} from '../../source/ui/compare-view/items.ts';
import {layout, SIDE_BY_SIDE} from '../../source/ui/compare-view/layout.ts';
import {compareReducer, initialCompareState, selectLayout, selectedItem} from '../../source/ui/compare-view/state.ts';
import {displayWidth} from '../../source/text/width.ts';

const PAIR = join(import.meta.dirname, '..', 'compare', 'pairs', '01-ccdi20-2nd-3rd');
const older = await parseFile(join(PAIR, 'old.txt'));
const newer = await parseFile(join(PAIR, 'new.html'));
const items = compareItems(compareReports(older, newer), {old: older, new: newer});

test('every row of every tab fits its column, side by side or one above the other', () => {
	for (const cols of [60, 71, 99, SIDE_BY_SIDE, 133]) {
		for (const tab of ['terms', 'measures', 'attendees', 'text'] as const) {
			const l = layout(items[tab], cols);
			assert.equal(l.sideBySide, cols >= SIDE_BY_SIDE);
			for (const line of l.lines) for (const cell of line.cells) assert.ok(displayWidth(cell.runs.map(r => r.text).join('')) <= cell.width, `${cols} ${tab}`);
		}
	}
});

test('a changed sentence shows what went on the old side and what came on the new', () => {
	const sentence = items.text.find(i => i.old?.some(r => r.text.includes('列席')))!;
	assert.deepEqual(
		sentence.old!.filter(r => r.tone === 'removed').map(r => r.text),
		['127', '207'],
	);
	assert.deepEqual(
		sentence.new!.filter(r => r.tone === 'added').map(r => r.text),
		['132', '238'],
	);
	assert.deepEqual([sentence.oldPlace?.section, sentence.newPlace?.section], [1, 1]);
});

test('Enter opens the chosen side, or the side that has the difference', () => {
	let s = initialCompareState(items, {cols: 120, rows: 30});
	assert.equal(s.tab, 'terms');
	s = compareReducer(s, 'tab4');
	s = compareReducer(s, 'down');
	assert.equal(selectedItem(s), selectable(items.text)[1]);
	const opened = compareReducer(compareReducer(s, 'oldSide'), 'open');
	assert.deepEqual(opened.outcome, {kind: 'open', side: 'old', place: items.text[selectedItem(s)].oldPlace});
	// A sentence only in the new report opens there even with the old side chosen.
	const added = selectable(items.text).findIndex(k => items.text[k].old === null);
	const onAdded = compareReducer({...s, selected: {...s.selected, text: added}, side: 'old'}, 'open');
	assert.equal(onAdded.outcome?.kind === 'open' && onAdded.outcome.side, 'new');
	// The selection stays in view.
	const far = compareReducer(s, 'bottom');
	const {starts} = selectLayout(far);
	assert.ok(starts[selectedItem(far)] >= far.top.text);
});
