import {test} from 'node:test';
import assert from 'node:assert/strict';
import {compare, Layout, layoutFor} from '../../source/ui/view/rows.ts';
import type {Block} from '../../source/ui/view/documents.ts';

const blocks: Block[] = [
	{kind: 'title', text: '§1', section: 1},
	{kind: 'text', text: '一二三四五六七八九十一二三四五六七八九十', section: 1},
	{kind: 'blank', text: '', section: 2},
	{kind: 'text', text: '甲乙\n\n丙丁', section: 2},
];

const rowNumber = (layout: Layout, block: number, offset: number) => layout.distance(layout.first(), layout.placeOf(block, offset));

test('placeOf finds the row that shows a place in the text', () => {
	const layout = new Layout(blocks, 10);
	assert.deepEqual(
		layout.window(layout.first(), Infinity).map(r => [r.block, r.text]),
		[
			[0, '§1'],
			[1, '一二三四五'],
			[1, '六七八九十'],
			[1, '一二三四五'],
			[1, '六七八九十'],
			[2, ''],
			[3, '甲乙'],
			[3, ''],
			[3, '丙丁'],
		],
	);
	assert.equal(rowNumber(layout, 0, 0), 0);
	assert.equal(rowNumber(layout, 1, 0), 1);
	assert.equal(rowNumber(layout, 1, 7), 2);
	assert.equal(rowNumber(layout, 1, 19), 4);
	assert.equal(rowNumber(layout, 2, 0), 5);
	assert.equal(rowNumber(layout, 3, 3), 7, 'the empty line between two lines');
	assert.equal(rowNumber(layout, 3, 4), 8);
	assert.equal(rowNumber(layout, 9, 0), 8, 'past the end: the last row');
});

test('rows are counted forward and back across blocks, stopping at the ends', () => {
	const layout = new Layout(blocks, 10);
	assert.deepEqual(layout.forward(layout.first(), 3), {block: 1, row: 2});
	assert.deepEqual(layout.forward({block: 1, row: 3}, 2), {block: 3, row: 0});
	assert.deepEqual(layout.forward(layout.first(), 100), layout.last());
	assert.deepEqual(layout.back({block: 3, row: 0}, 2), {block: 1, row: 3});
	assert.deepEqual(layout.back({block: 1, row: 1}, 100), layout.first());
	assert.equal(layout.distance({block: 0, row: 0}, {block: 3, row: 2}), 8);
	assert.equal(layout.distance({block: 0, row: 0}, {block: 3, row: 2}, 3), 3, 'counting stops at the limit');
	assert.ok(compare({block: 1, row: 3}, {block: 2, row: 0}) < 0);
});

test('the top row is the anchor’s, or as near it as the end of the text allows', () => {
	const layout = new Layout(blocks, 10);
	assert.deepEqual(layout.top({block: 1, offset: 7}, 3), {block: 1, row: 1});
	assert.deepEqual(layout.top({block: 3, offset: 4}, 3), layout.maxTop(3));
	assert.deepEqual(layout.maxTop(3), {block: 3, row: 0});
	assert.deepEqual(layout.maxTop(100), layout.first(), 'a text shorter than the window starts at the top');
	assert.equal(layout.percent(layout.first(), 3), 41, 'by the text above the bottom row: 2 + 10 of 29 characters');
	assert.equal(layout.percent(layout.maxTop(3), 3), 100);
	assert.ok(layout.shows({block: 1, row: 0}, 3, {block: 1, row: 2}));
	assert.ok(!layout.shows({block: 1, row: 0}, 3, {block: 1, row: 3}));
});

test('only the blocks that are looked at are laid out, and each only once', () => {
	let read = 0;
	const long: Block[] = Array.from({length: 20_000}, (_, i) => ({
		kind: 'text',
		get text() {
			read++;
			return `第${i}段。全会强调，要坚持以人民为中心的发展思想，推动高质量发展。`;
		},
		section: i + 1,
		size: 34,
	}));
	const layout = new Layout(long, 20);
	const top = layout.top({block: 10_000, offset: 0}, 30);
	assert.equal(layout.window(top, 30).length, 30);
	assert.ok(read < 20, `${read} blocks read for one screen`);
	const before = read;
	layout.window(top, 30);
	layout.forward(top, 5);
	assert.equal(read, before, 'rows already laid out were laid out again');
	assert.deepEqual(layout.maxTop(30), layout.back(layout.last(), 29));
	assert.ok(read < 40, `${read} blocks read to find the end`);
});

test('a layout is kept per document and width', () => {
	assert.equal(layoutFor(blocks, 10), layoutFor(blocks, 10));
	assert.notEqual(layoutFor(blocks, 10), layoutFor(blocks, 12));
});
