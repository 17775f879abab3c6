// Per-keystroke search latency: each query is typed one character at a time and every prefix is
// searched, as the browser's prompt does, over the bundled report and over a 1,000-report corpus.
import {performance} from 'node:perf_hooks';
import {openReport} from '../source/app/open.ts';
import type {Report} from '../source/model/report.ts';
import {parseReport} from '../source/parse/index.ts';
import {clearCache, createIndex, search, type SearchIndex} from '../source/search/index.ts';
import {corpusTexts} from './corpus.ts';
import {median, percentile, type BenchRow} from './rows.ts';

export const TYPED_QUERIES = ['bbzl', 'babazhanlue', '八八战略', '四个率先', 'ba ba zhan lue', '八八戰略', 'zhongyao chuangkou'];

/** Word swaps that vary a copy's text without changing its size much. */
const SWAPS: [string, string][] = [
	['全会', '会议'],
	['推进', '推动'],
	['加快', '加速'],
	['坚持', '坚守'],
	['建设', '营造'],
	['重要', '重大'],
	['发展', '进步'],
	['全面', '全方位'],
];

function vary(text: string, copy: number): string {
	let out = text;
	SWAPS.forEach(([from, to], bit) => {
		if (copy & (1 << bit)) out = out.replaceAll(from, to);
	});
	return out.replace(/\d/g, d => String((Number(d) + copy) % 10));
}

/**
 * `count` reports: the corpus reports parsed once, then copied with varied words, digits and
 * section order; every fourth copy also carries the next report's sections, which brings the
 * corpus reports' ~8 KB average up to the ~10 KB that makes 1,000 reports about 10 MB.
 */
export async function variedCorpus(count: number): Promise<Report[]> {
	const base = (await corpusTexts()).map(text => parseReport(text));
	return Array.from({length: count}, (_, copy) => {
		const report = base[copy % base.length];
		const extra = copy % 4 === 0 ? base[(copy + 1) % base.length].sections : [];
		const all = [...report.sections, ...extra];
		const shift = Math.floor(copy / base.length) % Math.max(1, all.length);
		const sections = [...all.slice(shift), ...all.slice(0, shift)].map((s, i) => ({...s, id: i + 1, text: vary(s.text, copy)}));
		return {...report, sections};
	});
}

export function textMegabytes(reports: readonly Report[]): number {
	return reports.reduce((n, r) => n + r.sections.reduce((m, s) => m + Buffer.byteLength(s.text) + 1, 0), 0) / 1024 / 1024;
}

/** Milliseconds per keystroke, each query typed afresh (nothing remembered) `rounds` times. */
export function keystrokeTimes(index: SearchIndex, rounds: number, queries = TYPED_QUERIES): number[] {
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		for (const query of queries) {
			clearCache(index);
			for (let n = 1; n <= query.length; n++) {
				const started = performance.now();
				search(index, query.slice(0, n));
				times.push(performance.now() - started);
			}
		}
	}
	return times;
}

export async function benchSearch(): Promise<BenchRow[]> {
	const {report} = await openReport(undefined);
	const ready = performance.now();
	// The first index also loads pinyin-pro and opencc-js: what the first `/` in the browser waits for.
	const one = await createIndex(report);
	const readyMs = performance.now() - ready;
	keystrokeTimes(one, 3); // warm the JIT before measuring
	const oneTimes = keystrokeTimes(one, 30);

	const corpus = await variedCorpus(1000);
	const built = performance.now();
	const many = await createIndex(corpus);
	const buildMs = performance.now() - built;
	keystrokeTimes(many, 1);
	const manyTimes = keystrokeTimes(many, 5);
	return [
		{name: 'search ready, bundled report (load pinyin-pro and opencc-js, index)', value: readyMs, unit: 'ms', target: 'report'},
		{name: 'search per keystroke, bundled report, median', value: median(oneTimes), unit: 'ms', target: 'report'},
		{name: 'search per keystroke, bundled report, p95', value: percentile(oneTimes, 95), unit: 'ms', target: '≤ 16 ms'},
		{name: `search per keystroke, 1,000 reports (${textMegabytes(corpus).toFixed(1)} MB), median`, value: median(manyTimes), unit: 'ms', target: 'report'},
		{name: 'search per keystroke, 1,000 reports, p95', value: percentile(manyTimes, 95), unit: 'ms', target: '≤ 50 ms'},
		{name: 'search index build, 1,000 reports', value: buildMs, unit: 'ms', target: 'report'},
	];
}
