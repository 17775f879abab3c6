// Two runs of the bench side by side: `node --import tsx bench/report.ts BEFORE.json AFTER.json`
// (each saved with `npm run bench -- --json FILE`) prints one table, every figure's median with
// its quartiles and its ratio to the floor measured in the same run, before and after.
import {readFileSync} from 'node:fs';
import {floorText, number, spreadText, type BenchRow} from './rows.ts';

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) throw new Error('usage: bench/report.ts BEFORE.json AFTER.json');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as {machine: string; date: string; rows: BenchRow[]};
const before = read(beforePath);
const after = read(afterPath);
const byName = new Map(before.rows.map(r => [r.name, r]));
const cell = (r: BenchRow | undefined) => {
	if (!r) return '—';
	const spread = spreadText(r);
	const floor = floorText(r);
	return [`${number(r.value)} ${r.unit}`, spread ? `(${spread.replace(/ \(\d+\)$/, '')})` : '', floor ? `${floor}` : ''].filter(Boolean).join(' ');
};
const lines = ['| figure | before | after | target |', '| --- | --- | --- | --- |'];
for (const r of after.rows) lines.push(`| ${r.name} | ${cell(byName.get(r.name))} | ${cell(r)} | ${r.target ?? ''} |`);
for (const r of before.rows) if (!after.rows.some(a => a.name === r.name)) lines.push(`| ${r.name} | ${cell(r)} | — | ${r.target ?? ''} |`);
console.log(`Before: ${before.date.slice(0, 10)}, ${before.machine}\nAfter: ${after.date.slice(0, 10)}, ${after.machine}\n\n${lines.join('\n')}`);
