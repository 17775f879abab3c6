// plenum diff on two reports of about 20,000 characters each: real consecutive meetings
// (test/compare/pairs) joined end to end, the older texts on one side and the newer on the other,
// so the two documents share what real successive reports share. The target is the issue's:
// the comparison within 500 ms. End to end (load, parse, compare, print) and peak RSS are reported.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {textFromBytes} from '../source/load/load.ts';
import {ROOT, writeScratch} from './corpus.ts';
import {measuredEnvironment, peakRssOf, RSS_PROBE} from './measure.ts';
import {median, type BenchRow} from './rows.ts';

const PAIRS = join(ROOT, 'test', 'compare', 'pairs');
const CLI = join(ROOT, 'dist', 'cli.js');
const TARGET = 20_000;

/** Old and new texts of the labelled pairs, joined until each side has about `TARGET` characters. */
async function joinedPair(): Promise<[string, string]> {
	const olds: string[] = [];
	const news: string[] = [];
	for (const pair of readdirSync(PAIRS).filter(name => /^\d/.test(name)).sort()) {
		const labels = JSON.parse(readFileSync(join(PAIRS, pair, 'labels.json'), 'utf8'));
		const load = async (file: string) => (await textFromBytes(readFileSync(join(PAIRS, pair, file)), file)).text;
		olds.push(await load(labels.old.file));
		news.push(await load(labels.new.file));
		if (olds.join('\n').length >= TARGET && news.join('\n').length >= TARGET) break;
	}
	return [olds.join('\n').slice(0, TARGET), news.join('\n').slice(0, TARGET)];
}

export async function benchDiff(): Promise<BenchRow[]> {
	const [older, newer] = await joinedPair();
	const oldPath = writeScratch('diff-old.txt', older);
	const newPath = writeScratch('diff-new.txt', newer);
	const worker = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'diff-worker.ts'), oldPath, newPath], {encoding: 'utf8'});
	if (worker.status !== 0) throw new Error(`diff worker failed: ${worker.stderr.trim().split('\n').pop()}`);
	const result = JSON.parse(worker.stdout) as {ms: number; oldChars: number; newChars: number; maxRssMb: number};
	const env = measuredEnvironment();
	const endToEnd = [0, 1, 2, 3, 4].map(() => {
		const started = process.hrtime.bigint();
		const run = spawnSync(process.execPath, [CLI, 'diff', oldPath, newPath], {stdio: ['ignore', 'ignore', 'pipe'], env});
		if (run.status !== 0) throw new Error(`plenum diff failed: ${run.stderr}`);
		return Number(process.hrtime.bigint() - started) / 1e6;
	});
	const size = `${(result.oldChars / 1000).toFixed(0)}k + ${(result.newChars / 1000).toFixed(0)}k characters`;
	return [
		{name: `diff: compare two reports (${size}), median of 3`, value: result.ms, unit: 'ms', target: '≤ 500 ms'},
		{name: 'diff: plenum diff end to end (load, parse, compare, print)', value: median(endToEnd), unit: 'ms', target: 'report'},
		{name: 'diff: plenum diff peak RSS', value: await peakRssOf(rssEnv => spawnSync(process.execPath, ['--import', RSS_PROBE, CLI, 'diff', oldPath, newPath], {stdio: 'ignore', env: measuredEnvironment(rssEnv)})), unit: 'MB', target: 'report'},
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {formatTable} = await import('./rows.ts');
	console.log(formatTable(await benchDiff()));
}
