// Parses one file in a fresh process and reports the time (loading, the outline, the extractors)
// and the process's peak memory.
import {readFileSync} from 'node:fs';
import {textFromBytes} from '../source/load/load.ts';
import {completeReport} from '../source/parse/index.ts';
import {parseOutline} from '../source/parse/outline.ts';
// @ts-expect-error -- a plain .mjs helper shared with the start-up probe, no types needed
import {peakMb} from './rss-probe.mjs';

const path = process.argv[2];
const bytes = readFileSync(path);
const started = performance.now();
const loaded = await textFromBytes(bytes, path);
const loadedAt = performance.now();
const outline = parseOutline(loaded.text, {name: path});
const outlinedAt = performance.now();
const report = completeReport(outline);
const ms = performance.now() - started;
const result = {ms, loadMs: loadedAt - started, outlineMs: outlinedAt - loadedAt, extractMs: performance.now() - outlinedAt, bytes: bytes.length, sections: report.sections.length, maxRssMb: peakMb()};
process.stdout.write(JSON.stringify(result) + '\n');
