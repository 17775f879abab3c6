import {test} from 'node:test';
import assert from 'node:assert/strict';
import engine, {loadLayoutEngine, FlexDirection} from '../../source/ui/terminal/yoga.ts';

test('the layout engine loads on demand, lays out a tree, and never goes through fetch', async () => {
	const fetch = globalThis.fetch;
	let fetched = 0;
	globalThis.fetch = (async () => {
		fetched++;
		throw new Error('no network here');
	}) as typeof fetch;
	try {
		assert.equal(Object.keys(engine).length, 0, 'loaded before anyone asked');
		await loadLayoutEngine();
		const root = engine.Node.create();
		root.setFlexDirection(FlexDirection.Row);
		root.setWidth(80);
		const child = engine.Node.create();
		child.setFlexGrow(1);
		root.insertChild(child, 0);
		root.calculateLayout(undefined, undefined);
		assert.equal(child.getComputedWidth(), 80);
		assert.equal(fetched, 0);
		assert.equal(typeof globalThis.fetch, 'function');
	} finally {
		globalThis.fetch = fetch;
	}
});
