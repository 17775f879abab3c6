// npm run score [-- --only SUBSTR] [--write] [--json] [--show FIELD]: the report × field table over the
// development corpus (test/corpus) and the shared corpus (test/fixtures/corpus), each field's mean,
// and what moved against the committed baseline. --write makes today's scores the baseline that
// test/parse/score-gate.slow.test.ts holds every report to. --show FIELD lists what differs from gold;
// --show rule:NAME lists what one rule (`measures --explain`, `attendees --explain`) reads in every report.
import {writeFileSync} from 'node:fs';
import {FIELDS, mean, overall, type Scores} from './score/metrics.ts';
import {BASELINE, labelled, readBaseline, rounded, scoreReport, type Scored} from './score/corpora.ts';

// `npm run score … | head` ends quietly.
process.stdout.on('error', error => process.exit((error as NodeJS.ErrnoException).code === 'EPIPE' ? 0 : 1));

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';

if (args.includes('--show')) {
	const field = args[args.indexOf('--show') + 1];
	const {show} = await import('./score/show.ts');
	for (const entry of labelled(only)) {
		const lines = await show(entry, field);
		if (lines.length) console.log(`${entry.id}\n${lines.join('\n')}`);
	}
	process.exit(0);
}

const rows: Scored[] = [];
for (const entry of labelled(only)) rows.push(await scoreReport(entry));
const baseline = readBaseline();

if (flag('--json')) {
	console.log(JSON.stringify({files: rows, baseline}, null, 1));
	process.exit(0);
}

const pct = (x: number) => (100 * x).toFixed(0);
const cell = (now: number, before: number | undefined) => {
	const shown = pct(now);
	if (before === undefined || Math.abs(now - before) < 1e-4) return shown.padStart(9);
	return `${shown}${now > before ? '+' : '-'}${pct(Math.abs(now - before))}`.padStart(9);
};
const header = 'report'.padEnd(40) + FIELDS.map(k => k.padStart(9)).join('');
for (const corpus of ['dev', 'shared']) {
	const part = rows.filter(r => r.id.startsWith(`${corpus}/`));
	if (part.length === 0) continue;
	console.log(header);
	for (const r of part) console.log(r.id.slice(0, 39).padEnd(40) + FIELDS.map(k => cell(r.scores[k], baseline[r.id]?.[k])).join('') + (r.error ? `  ! ${r.error}` : ''));
	const m = mean(part.map(r => r.scores));
	console.log(`mean (${corpus}, ${part.length} reports)`.padEnd(40) + FIELDS.map(k => pct(m[k]).padStart(9)).join('') + `   overall ${pct(overall(m))}%`);
	console.log();
}
const dropped = rows.filter(r => baseline[r.id] && FIELDS.some(k => r.scores[k] < baseline[r.id][k] - 1e-4));
if (dropped.length) console.log(`below the baseline: ${dropped.map(r => r.id).join(', ')}`);
if (flag('--write')) {
	const next: Record<string, Scores> = only ? {...baseline} : {};
	for (const r of rows) next[r.id] = rounded(r.scores);
	writeFileSync(BASELINE, JSON.stringify(next, null, '\t') + '\n');
	console.log(`baseline written: ${rows.length} reports`);
}
