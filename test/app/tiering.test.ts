// V8's tiering while a folder is listed (app/tiering.ts): hot code is compiled by TurboFan later,
// since a listing runs much code a little and the compiles cost more CPU than they saved; and as
// usual again once the listing is done, for the browser the picker opens. Not a timing: how many
// calls a hot function takes to be compiled, read with V8's own %GetOptimizationStatus in a child.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {copyFileSync} from 'node:fs';
import {join} from 'node:path';
import {BUNDLED} from '../helpers/corpus.ts';
import {tempDir} from '../helpers/temp.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Calls of a fresh hot function until TurboFan has compiled it, after each of `steps`. */
function callsToCompile(steps: string): number[] {
	const script = `
		const {optimizeLater, optimizeAsUsual} = await import(${JSON.stringify(join(ROOT, 'source', 'app', 'tiering.ts'))});
		const {scanLibrary, filesIn} = await import(${JSON.stringify(join(ROOT, 'source', 'app', 'library.ts'))});
		const counts = [];
		const count = () => {
			// Source of its own, so V8's compilation cache shares no code with the ones before.
			const hot = new Function('n', \`let s = \${counts.length}; for (let i = 0; i < 8; i++) s += (n * i) % 7; return s;\`);
			let calls = 0;
			for (; calls < 1e6; calls++) { hot(calls); if (%GetOptimizationStatus(hot) & 64) break; }
			counts.push(calls);
		};
		${steps}
		console.log(JSON.stringify(counts));`;
	const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '--import', 'tsx', '--input-type=module', '-e', script], {cwd: ROOT, encoding: 'utf8'});
	assert.equal(run.status, 0, run.stderr);
	return JSON.parse(run.stdout) as number[];
}

test('while a folder is listed hot code is compiled later, and as usual once it is done', () => {
	const dir = tempDir('tiering');
	// The bundled report (data/shaoxing-2020-12-plenum.txt), as a folder of one.
	copyFileSync(BUNDLED, join(dir, 'report.txt'));
	const [usual, later, again, listing, listed] = callsToCompile(`
		count();
		optimizeLater(); count();
		optimizeAsUsual(); count();
		const scan = scanLibrary(filesIn(${JSON.stringify(dir)}));
		// Called as the first report is found, while the listing reads.
		const stop = scan.subscribe(() => { stop(); count(); });
		await scan.finished;
		count();`);
	assert.ok(later > 4 * usual && listing > 4 * usual, `compiled after ${later} calls (optimizeLater) and ${listing} (a listing), ${usual} as usual`);
	assert.ok(again < 2 * usual && listed < 2 * usual, `compiled after ${again} calls (optimizeAsUsual) and ${listed} (the listing done), ${usual} as usual`);
});
