// What plenum reads is bounded: a device that never ends is refused at once, and a file or pipe
// larger than --max-size (100 MB unless told) is one line, not memory growing without end.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {runCli, runShell} from '../helpers/run-cli.ts';
import {tempDir} from '../helpers/temp.ts';

const dir = tempDir('limits');
const report = '### 某市委全体会议公报\n全会指出，要做好工作。\n'.repeat(8000);
const file = join(dir, 'report.txt');
writeFileSync(file, report);

test('/dev/zero and /dev/urandom are refused at once, not read until memory runs out', () => {
	for (const device of ['/dev/zero', '/dev/urandom']) {
		const run = runCli(['sections', device]);
		assert.equal(run.status, 2);
		assert.equal(run.stderr, `plenum: ${device} is a device, not a file\n`);
	}
});

test('a file over --max-size is refused with its size and the option that reads it', () => {
	const run = runCli(['sections', '--max-size', '100K', file]);
	assert.equal(run.status, 3);
	assert.equal(run.stderr, `plenum: ${file} is 515.6 KB, more than 100 KB, the most plenum reads (--max-size 1M reads more)\n`);
	const enough = runCli(['sections', '--max-size', '1M', file]);
	assert.equal(enough.status, 0, enough.stderr);
});

test('stdin and named pipes stop at the limit too, however much more is coming', () => {
	const endless = runShell('yes 全会指出，要做好工作。 | $PLENUM sections --max-size 1M -');
	assert.equal(endless.stderr, 'plenum: stdin is larger than 1 MB, the most plenum reads (--max-size 2M reads more)\n');
	assert.equal(endless.status, 3);
	const fifo = runShell('$PLENUM sections --max-size 1M <(yes 全会指出，要做好工作。)');
	assert.match(fifo.stderr, /^plenum: \/dev\/fd\/\d+ is larger than 1 MB/);
	assert.equal(fifo.status, 3);
});

test('--max-size takes K, M and G, and says so when given something else', () => {
	const bad = runCli(['sections', '--max-size', 'lots', file]);
	assert.equal(bad.status, 2);
	assert.equal(bad.stderr, 'plenum: --max-size needs a size such as 200M or 1G, not lots\n');
	assert.equal(runCli(['sections', '--max-size', '1g', file]).status, 0);
});
