// A few thousand random sequences — bytes, keys, escape sequences, bracketed pastes, resizes —
// into the browser on the hostile report: no crash, no hang, memory bounded, and a clean quit. The
// library view and the Compare view, on the same reports, get a thousand each.
// The bench runs 10⁵ (bench/fuzz.ts). PLENUM_FUZZ_SEED and PLENUM_FUZZ_SEQUENCES replay a run.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {fuzz} from './fuzz.ts';
import {ROOT} from './harness.ts';

const seed = Number(process.env.PLENUM_FUZZ_SEED ?? 17);
const sequences = Number(process.env.PLENUM_FUZZ_SEQUENCES ?? 3000);

test(`${sequences} random sequences (seed ${seed}) crash nothing and keep memory bounded`, {timeout: 600_000}, async () => {
	const result = await fuzz({sequences, seed, report: join(ROOT, 'test', 'fixtures', 'hostile', 'hostile.txt')});
	assert.deepEqual(
		result.crashes.map(c => `${c.reason} after sequence ${c.at}; last sent:\n  ${c.last.slice(-12).join('\n  ')}\noutput ended:\n${JSON.stringify(c.output.slice(-600))}`),
		[],
	);
	assert.equal(result.sequences, sequences);
	assert.ok(result.peakRssMb > 0 && result.peakRssMb < 400, `peak RSS ${result.peakRssMb.toFixed(0)} MB`);
	process.stderr.write(`fuzz: ${result.sequences} sequences, ${result.crashes.length} crashes, peak RSS ${result.peakRssMb.toFixed(0)} MB, ${(result.ms / 1000).toFixed(1)} s\n`);
});

for (const [view, args, ready] of [
	['the library view', [join(ROOT, 'test', 'fixtures', 'hostile')], 'reports in'],
	['the Compare view', [join(ROOT, 'test', 'fixtures', 'hostile', 'hostile.txt'), join(ROOT, 'test', 'fixtures', 'hostile', 'hostile.html'), '--compare'], 'COMPARE │'],
] as const) {
	const count = Math.ceil(sequences / 3);
	test(`${count} random sequences (seed ${seed}) into ${view} crash nothing`, {timeout: 600_000}, async () => {
		const result = await fuzz({sequences: count, seed, report: '', args: [...args], ready});
		assert.deepEqual(
			result.crashes.map(c => `${c.reason} after sequence ${c.at}; last sent:\n  ${c.last.slice(-12).join('\n  ')}\noutput ended:\n${JSON.stringify(c.output.slice(-600))}`),
			[],
		);
		assert.ok(result.peakRssMb > 0 && result.peakRssMb < 400, `peak RSS ${result.peakRssMb.toFixed(0)} MB`);
		process.stderr.write(`fuzz (${view}): ${result.sequences} sequences, ${result.crashes.length} crashes, peak RSS ${result.peakRssMb.toFixed(0)} MB, ${(result.ms / 1000).toFixed(1)} s\n`);
	});
}
