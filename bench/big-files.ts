// The browser on one very long report (corpus.ts's bodyReport: every paragraph a section), of
// 10 MB and of 50 MB, in a 100×30 pseudo-terminal: until the first screen, until the tab counts
// are in (the extractors done), until a `j` typed at the first screen is answered, and the peak
// memory. Beside each run, the floor: node reading and decoding the same file.
import {join} from 'node:path';
import {bodyReport, writeScratch} from './corpus.ts';
import {FLOOR_OUT} from './root.ts';
import {timeStart, timeToText, type Start} from './first-frame.ts';
import {measured, overFloor, type BenchRow} from './rows.ts';

const SIZES: [number, number][] = [
	[10, 3],
	[50, 3],
];

export async function benchBigFiles(cli: string): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	for (const [megabytes, count] of SIZES) {
		const file = writeScratch(`body-${megabytes}mb.txt`, await bodyReport(megabytes));
		const runs: Start[] = [];
		const floor: number[] = [];
		for (let i = 0; i < count; i++) {
			floor.push(await timeToText([join(FLOOR_OUT, 'read-file.mjs'), file], 'q quit', {limit: 60_000}));
			runs.push(await timeStart([cli, file], {limit: 600_000}));
		}
		const f = measured(`${megabytes} MB report: floor, node reading and decoding it`, floor, 'ms');
		const s = (values: number[]) => values.map(ms => ms / 1000);
		rows.push(
			f,
			overFloor(measured(`${megabytes} MB report: first screen`, s(runs.map(r => r.screen)), 's', megabytes === 10 ? '≤ 0.6 s' : '≤ 3 s'), f.value / 1000, 'the floor'),
			overFloor(measured(`${megabytes} MB report: full frame (tab counts in)`, s(runs.map(r => r.full)), 's', megabytes === 10 ? '≤ 2 s' : '≤ 10 s'), f.value / 1000, 'the floor'),
			overFloor(measured(`${megabytes} MB report: a key typed at the first screen answered`, s(runs.map(r => r.key)), 's', 'report'), f.value / 1000, 'the floor'),
			measured(
				`${megabytes} MB report: peak RSS`,
				runs.map(r => r.peak),
				'MB',
				megabytes === 10 ? '≤ 250 MB' : '≤ 600 MB',
			),
		);
	}
	return rows;
}
