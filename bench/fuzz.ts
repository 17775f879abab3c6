// The key fuzz test at scale: 10⁵ random sequences (bytes, keys, escape sequences, bracketed
// pastes up to 100 KB, resizes) into the built browser on the hostile report, in one plenum run
// after another until they are all sent. Figures: sequences, crashes (and runs), peak RSS, time.
// `npm run bench -- --only fuzz` runs it as a stage of the bench, in a process of its own;
// `node --import tsx bench/fuzz.ts [SEQUENCES] [SEED]` runs it alone, printing every crash.
import {join} from 'node:path';
import {fuzz, type FuzzResult} from '../test/e2e/fuzz.ts';
import {ROOT} from './root.ts';
import type {BenchRow} from './rows.ts';

export async function runFuzz(sequences = 100_000, seed = Date.now() % 2 ** 31, cli?: string): Promise<FuzzResult & {seed: number}> {
	const result = await fuzz({
		sequences,
		seed,
		cli,
		maxPaste: 100_000,
		report: join(ROOT, 'test', 'fixtures', 'hostile', 'hostile.txt'),
		progress: (done, r) => process.stderr.write(`\rfuzz: ${done} sequences, ${r.crashes.length} crashes, peak RSS ${r.peakRssMb.toFixed(0)} MB `),
	});
	process.stderr.write('\n');
	return {...result, seed};
}

/** The bench's stage (bench/stage.ts): 10⁵ sequences into the browser of `cli`. */
export async function benchFuzz(cli?: string): Promise<BenchRow[]> {
	const result = await runFuzz(100_000, undefined, cli);
	for (const crash of result.crashes) process.stderr.write(`fuzz crash (seed ${crash.seed}, sequence ${crash.at}): ${crash.reason}\n  ${crash.last.slice(-8).join('\n  ')}\n`);
	return [
		{name: `key fuzz: random sequences sent (seed ${result.seed})`, value: result.sequences, unit: 'sequences', target: '10⁵'},
		{name: 'key fuzz: crashes or hangs', value: result.crashes.length, unit: 'crashes', target: '0'},
		{name: 'key fuzz: peak RSS of plenum', value: result.peakRssMb, unit: 'MB', target: '< 400 MB'},
		{name: 'key fuzz: time', value: result.ms / 1000, unit: 's', target: 'report'},
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const result = await runFuzz(Number(process.argv[2] ?? 100_000), process.argv[3] === undefined ? undefined : Number(process.argv[3]));
	for (const crash of result.crashes) console.log(JSON.stringify(crash, null, 2));
	console.log(`seed ${result.seed}: ${result.sequences} sequences, ${result.crashes.length} crashes in ${result.runs} runs, peak RSS ${result.peakRssMb.toFixed(0)} MB, ${(result.ms / 1000).toFixed(0)} s`);
	process.exitCode = result.crashes.length === 0 ? 0 : 1;
}
