// plenum diff on two reports of about 20,000 characters each: real consecutive meetings
// (test/compare/pairs) joined end to end, the older texts on one side and the newer on the other,
// so the two documents share what real successive reports share. The target is the issue's:
// the comparison within 500 ms. End to end (load, parse, compare, print) and peak RSS are reported.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {textFromBytes} from '../source/load/load.ts';
import {parseReport} from '../source/parse/index.ts';
import {ROOT, writeScratch} from './corpus.ts';
import {measuredEnvironment, peakRssOf, RSS_PROBE} from './measure.ts';
import {median, type BenchRow} from './rows.ts';

const PAIRS = join(ROOT, 'test', 'compare', 'pairs');
const TARGET = 20_000;

/**
 * Old and new reports of the labelled pairs, their paragraphs joined under one title until each
 * side has `TARGET` characters of text: one long report per side (joined whole pages would read
 * as a digest, whose other items are the page's, not the report's).
 */
async function joinedPair(): Promise<[string, string]> {
	const olds: string[] = [];
	const news: string[] = [];
	const size = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.length, 0);
	const paragraphs = async (path: string) => {
		const loaded = await textFromBytes(readFileSync(path), path);
		return parseReport(loaded.text, {name: path}).sections.map(section => section.text);
	};
	for (const pair of readdirSync(PAIRS)
		.filter(name => /^\d/.test(name))
		.sort()) {
		const labels = JSON.parse(readFileSync(join(PAIRS, pair, 'labels.json'), 'utf8'));
		if (size(olds) < TARGET) olds.push(...(await paragraphs(join(PAIRS, pair, labels.old.file))));
		if (size(news) < TARGET) news.push(...(await paragraphs(join(PAIRS, pair, labels.new.file))));
		if (size(olds) >= TARGET && size(news) >= TARGET) break;
	}
	const report = (title: string, body: string[]) => `${title}\n${body.join('\n')}\n`;
	return [report('中央全会、中央纪委全会等会议公报（旧）', olds), report('中央全会、中央纪委全会等会议公报（新）', news)];
}

export async function benchDiff(cli = join(ROOT, 'dist', 'cli.js')): Promise<BenchRow[]> {
	const [older, newer] = await joinedPair();
	const oldPath = writeScratch('diff-old.txt', older);
	const newPath = writeScratch('diff-new.txt', newer);
	const worker = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'diff-worker.ts'), oldPath, newPath], {encoding: 'utf8'});
	if (worker.status !== 0) throw new Error(`diff worker failed: ${worker.stderr.trim().split('\n').pop()}`);
	const result = JSON.parse(worker.stdout) as {ms: number; oldChars: number; newChars: number; maxRssMb: number};
	const env = measuredEnvironment();
	const endToEnd = [0, 1, 2, 3, 4].map(() => {
		const started = process.hrtime.bigint();
		const run = spawnSync(process.execPath, [cli, 'diff', oldPath, newPath], {stdio: ['ignore', 'ignore', 'pipe'], env});
		if (run.status !== 0) throw new Error(`plenum diff failed: ${run.stderr}`);
		return Number(process.hrtime.bigint() - started) / 1e6;
	});
	const size = `${(result.oldChars / 1000).toFixed(0)}k + ${(result.newChars / 1000).toFixed(0)}k characters`;
	return [
		{name: `diff: compare two reports (${size}), median of 3`, value: result.ms, unit: 'ms', target: '≤ 500 ms'},
		{name: 'diff: plenum diff end to end (load, parse, compare, print)', value: median(endToEnd), unit: 'ms', target: 'report'},
		{
			name: 'diff: plenum diff peak RSS',
			value: await peakRssOf(rssEnv => spawnSync(process.execPath, ['--import', RSS_PROBE, cli, 'diff', oldPath, newPath], {stdio: 'ignore', env: measuredEnvironment(rssEnv)})),
			unit: 'MB',
			target: 'report',
		},
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {formatTable} = await import('./rows.ts');
	console.log(formatTable(await benchDiff()));
}
