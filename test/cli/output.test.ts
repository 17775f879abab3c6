// Output that cannot be written — a full device, a file size limit — ends plenum with one line and
// its own exit code (74), never a stack trace or 1 (which means "nothing found"); a file cut short
// by the limit is never reported as written.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {statSync} from 'node:fs';
import {join} from 'node:path';
import {runShell} from '../helpers/run-cli.ts';
import {tempDir} from '../helpers/temp.ts';

const dir = tempDir('output');

test('> /dev/full is one line and exit 74', () => {
	const run = runShell('$PLENUM sections > /dev/full');
	assert.equal(run.status, 74);
	assert.equal(run.stderr, 'plenum: cannot write the output: no space left on the disk\n');
});

test('a redirect past the file size limit (ulimit -f) is EFBIG and exit 74, not a short file and exit 0', () => {
	const out = join(dir, 'cut.md');
	const run = runShell(`ulimit -f 4; $PLENUM export > "${out}"`);
	assert.equal(run.status, 74, run.stderr);
	assert.equal(run.stderr, 'plenum: cannot write the output: over the file size limit\n');
	assert.equal(statSync(out).size, 4096);
});
