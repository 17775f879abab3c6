// The browser's memory over a session of keys: V8 doubles its young generation as garbage survives
// and keeps it while keys keep coming (to 32 MB over two minutes of keys, a fifth of the browser's
// memory; BENCHMARKS.md), so the browser holds it at its size once the extractors' worker has
// answered (app/young-generation.ts). Not a timing: the young generation's size at exit.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, ROOT, type Session} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const PROBE = join(ROOT, 'test', 'e2e', 'fixtures', 'heap-probe.mjs');
const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

test('a session of keys and searches leaves the young generation at most 8 MB (it grew to 32 MB)', async () => {
	const log = join(tempDir('memory'), 'heap.log');
	const s = start({cols: 120, rows: 40, nodeOptions: ['--import', PROBE], env: {PLENUM_HEAP_LOG: log}});
	sessions.push(s);
	await s.waitForBrowser(10_000);
	// What bench/memory.ts types, a few rounds: moves, pages, tabs, items opened, searches.
	for (let round = 0; round < 4; round++) {
		await s.press(...[...'jjjjjkkkkk'].map(text => ({text})), 'space', 'space', {text: 'G'}, {text: 'g'}, {text: '}'}, {text: '}'}, 'tab', 'down', 'enter', 'tab');
		await s.press({text: '/'});
		await s.type('bbzl');
		await s.press('enter', {text: 'n'}, {text: 'n'}, {text: 'N'}, 'escape', 'escape', {text: '4'}, 'down', 'down', {text: '1'});
	}
	await s.press({text: 'q'});
	await s.exited;
	const young = Number(readFileSync(log, 'utf8').trim());
	assert.ok(young <= 8 * 2 ** 20, `the young generation is ${(young / 2 ** 20).toFixed(1)} MB`);
});
