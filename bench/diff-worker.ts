// Compares two report files in a fresh process: the comparison's time (median of three, after
// parsing, which is measured elsewhere), and the process's peak memory.
import {readFileSync} from 'node:fs';
import {textFromBytes} from '../source/load/load.ts';
import {parseReport} from '../source/parse/index.ts';
import {compareReports} from '../source/compare/index.ts';
import {median} from './rows.ts';
// @ts-expect-error -- a plain .mjs helper shared with the start-up probe, no types needed
import {peakMb} from './rss-probe.mjs';

const [oldPath, newPath] = process.argv.slice(2);
const parse = async (path: string) => parseReport((await textFromBytes(readFileSync(path), path)).text, {name: path});
const older = await parse(oldPath);
const newer = await parse(newPath);
const times: number[] = [];
let sentences = 0;
for (let run = 0; run < 3; run++) {
	const started = performance.now();
	sentences = compareReports(older, newer).sentences.length;
	times.push(performance.now() - started);
}
const chars = (r: typeof older) => r.sections.reduce((n, s) => n + s.text.length, 0);
process.stdout.write(JSON.stringify({ms: median(times), oldChars: chars(older), newChars: chars(newer), sentences, maxRssMb: peakMb()}) + '\n');
