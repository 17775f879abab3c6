import {test} from 'node:test';
import assert from 'node:assert/strict';
import {layoutRows, rowOf} from '../../source/ui/view/rows.ts';
import type {Block} from '../../source/ui/view/documents.ts';

const blocks: Block[] = [
	{kind: 'title', text: '§1', section: 1},
	{kind: 'text', text: '一二三四五六七八九十一二三四五六七八九十', section: 1},
	{kind: 'blank', text: '', section: 2},
	{kind: 'text', text: '甲乙\n\n丙丁', section: 2},
];

test('rowOf finds the row that shows a place in the text', () => {
	const rows = layoutRows(blocks, 10);
	assert.deepEqual(
		rows.map(r => [r.block, r.text]),
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
	assert.equal(rowOf(rows, 0, 0), 0);
	assert.equal(rowOf(rows, 1, 0), 1);
	assert.equal(rowOf(rows, 1, 7), 2);
	assert.equal(rowOf(rows, 1, 19), 4);
	assert.equal(rowOf(rows, 2, 0), 5);
	assert.equal(rowOf(rows, 3, 3), 7, 'the empty line between two lines');
	assert.equal(rowOf(rows, 3, 4), 8);
	assert.equal(rowOf(rows, 9, 0), 8, 'past the end: the last row');
});

test('layout is cached per width', () => {
	assert.equal(layoutRows(blocks, 10), layoutRows(blocks, 10));
	assert.notEqual(layoutRows(blocks, 10), layoutRows(blocks, 12));
});
