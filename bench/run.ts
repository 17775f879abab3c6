// `npm run bench`: every figure plenum is held to, in one run, as one table.
// `npm run bench -- --write` also records the table in BENCHMARKS.md.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {join} from 'node:path';
import {benchParse} from './parse.ts';
import {benchStartup} from './startup.ts';
import {benchSearch} from './search.ts';
import {benchFirstFrame} from './first-frame.ts';
import {benchKeys} from './keys.ts';
import {benchDiff} from './diff.ts';
import {benchLibrary} from './library.ts';
import {benchFuzz} from './fuzz.ts';
import {buildFloor} from './floor.ts';
import {formatTable, type BenchRow} from './rows.ts';
import {ROOT} from './corpus.ts';

const rows: BenchRow[] = [];
await buildFloor();
const stages: [string, () => Promise<BenchRow[]>][] = [
	['parse', benchParse],
	['search', benchSearch],
	['start-up of pipe commands', benchStartup],
	['browser start-up', benchFirstFrame],
	['browser keys', benchKeys],
	['diff', benchDiff],
	['library (1,000 and 10,000 reports)', benchLibrary],
	['key fuzz (10⁵ random sequences)', benchFuzz],
];
for (const [name, stage] of stages) {
	process.stderr.write(`bench: ${name}…\n`);
	rows.push(...(await stage()));
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const table = formatTable(rows);
console.log(`${machine}\n\n${table}`);
// BENCHMARKS.md keeps its notes; only the part between the markers is the latest run.
const START = '<!-- latest run: written by npm run bench -- --write -->';
const END = '<!-- end of the latest run -->';
if (process.argv.includes('--write')) {
	const path = join(ROOT, 'BENCHMARKS.md');
	const latest = `${START}\nMachine: ${machine}\nDate: ${new Date().toISOString().slice(0, 10)}\n\n${table}\n${END}`;
	const doc = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
	if (!doc.includes(START) || !doc.includes(END)) throw new Error('BENCHMARKS.md has lost its markers for the latest run');
	writeFileSync(path, doc.slice(0, doc.indexOf(START)) + latest + doc.slice(doc.indexOf(END) + END.length));
}
