// Stdin is read as a stream. A synchronous read of fd 0 raced with whatever put it in non-blocking
// mode at load: a slow or large pipe failed with EAGAIN ("unexpected error", exit 70) most times.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {runShell} from '../helpers/run-cli.ts';
import {BUNDLED} from '../helpers/corpus.ts';
import {tempDir} from '../helpers/temp.ts';

const dir = tempDir('stdin');
const large = join(dir, 'large.txt');
// About 270 KB: more than a pipe holds, so the reader must wait for the writer.
writeFileSync(large, (readFileSync(BUNDLED, 'utf8') + '\n').repeat(30));

test('a pipe that starts late is read whole, every time', () => {
	for (let i = 0; i < 4; i++) {
		const run = runShell(`(sleep 0.3; cat "${BUNDLED}") | $PLENUM sections -`);
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stdout, /^§1 {3}市委召开八届九次全体\(扩大\)会议$/m);
	}
});

test('a 270 KB pipe is read whole, with and without -', () => {
	for (let i = 0; i < 3; i++) {
		for (const command of ['$PLENUM -', '$PLENUM sections --json', '$PLENUM sections -']) {
			const run = runShell(`cat "${large}" | ${command} | tail -c 200`);
			assert.equal(run.status, 0, `${command}: ${run.stderr}`);
			assert.equal(run.stderr, '');
		}
	}
});
