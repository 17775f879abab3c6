// Parses one file in a fresh process and reports the time (loading, the outline, the extractors),
// the extractors' CPU time (user and system: what other processes on the machine disturb least)
// and the process's peak memory. With --corpus instead of a file: every report of the labelled
// corpus (test/corpus/raw) parsed one by one, as a library's parse worker does, over several
// rounds; the first round, which warms the code up, is not counted.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {textFromBytes} from '../source/load/load.ts';
import {completeReport} from '../source/parse/index.ts';
import {parseOutline} from '../source/parse/outline.ts';
import {loadConverter, looksTraditional} from '../source/text/han-fold.ts';
import {ROOT} from './root.ts';
// @ts-expect-error -- a plain .mjs helper shared with the start-up probe, no types needed
import {peakMb} from './rss-probe.mjs';

/** CPU time of this process so far, in ms. */
function cpuMs(): number {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
}

async function parseCorpus(rounds: number): Promise<void> {
	const dir = join(ROOT, 'test', 'corpus', 'raw');
	const names = readdirSync(dir).sort();
	const loaded = await Promise.all(names.map(async name => (await textFromBytes(readFileSync(join(dir, name)), name)).text));
	// A library folds what reads as traditional (library/record.ts); so does this.
	const convert = await loadConverter();
	const reports = loaded.map((text, i) => ({text, name: names[i], convert: looksTraditional(text) ? convert : undefined}));
	let counted = 0;
	let outlineCpuMs = 0;
	let extractCpuMs = 0;
	for (let round = 0; round < rounds; round++) {
		for (const {text, name, convert} of reports) {
			const started = cpuMs();
			const outline = parseOutline(text, {name, convert});
			const outlined = cpuMs();
			completeReport(outline, {convert});
			if (round === 0) continue;
			outlineCpuMs += outlined - started;
			extractCpuMs += cpuMs() - outlined;
			counted += Buffer.byteLength(text);
		}
	}
	process.stdout.write(JSON.stringify({reports: reports.length, bytes: counted, outlineCpuMs, extractCpuMs}) + '\n');
}

async function parseFile(path: string): Promise<void> {
	const bytes = readFileSync(path);
	const started = performance.now();
	const loaded = await textFromBytes(bytes, path);
	const loadedAt = performance.now();
	const outline = parseOutline(loaded.text, {name: path});
	const outlinedAt = performance.now();
	const extractStart = cpuMs();
	const report = completeReport(outline);
	const extractCpuMs = cpuMs() - extractStart;
	const ms = performance.now() - started;
	const result = {ms, loadMs: loadedAt - started, outlineMs: outlinedAt - loadedAt, extractMs: performance.now() - outlinedAt, extractCpuMs, bytes: bytes.length, sections: report.sections.length, maxRssMb: peakMb()};
	process.stdout.write(JSON.stringify(result) + '\n');
}

const [what, rounds] = process.argv.slice(2);
if (what === '--corpus') await parseCorpus(Number(rounds ?? 4));
else await parseFile(what);
