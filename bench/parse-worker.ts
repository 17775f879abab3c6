// Parses one file in a fresh process and reports the time and the process's peak memory.
import {readFileSync} from 'node:fs';
import {textFromBytes} from '../source/load/load.ts';
import {parseReport} from '../source/parse/index.ts';
// @ts-expect-error -- a plain .mjs helper shared with the start-up probe, no types needed
import {peakMb} from './rss-probe.mjs';

const path = process.argv[2];
const bytes = readFileSync(path);
const started = performance.now();
const loaded = await textFromBytes(bytes, path);
const report = parseReport(loaded.text, {name: path});
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ms, bytes: bytes.length, sections: report.sections.length, maxRssMb: peakMb()}) + '\n');
