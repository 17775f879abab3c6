// The browser's time to first screen in a real pseudo-terminal (100×30): from spawn until the
// report's title is on screen, against a bare node printing a line in the same terminal.
import * as pty from 'node-pty';
import {join} from 'node:path';
import {ROOT} from './corpus.ts';
import {median, type BenchRow} from './rows.ts';

const CLI = join(ROOT, 'dist', 'cli.js');
const TITLE = '市委召开八届九次全体';
const RUNS = 9;

function timeToText(args: string[], text: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const env: Record<string, string> = {};
		for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && k !== 'NODE_EXTRA_CA_CERTS') env[k] = v;
		const started = process.hrtime.bigint();
		const child = pty.spawn(process.execPath, args, {name: 'xterm-256color', cols: 100, rows: 30, cwd: ROOT, env});
		let output = '';
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`no "${text}" within 10 s`));
		}, 10_000);
		child.onData(data => {
			output += data;
			if (output.includes(text)) {
				const ms = Number(process.hrtime.bigint() - started) / 1e6;
				clearTimeout(timer);
				child.kill();
				resolve(ms);
			}
		});
	});
}

export async function benchFirstFrame(): Promise<BenchRow[]> {
	const bare: number[] = [];
	const browser: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		bare.push(await timeToText(['-e', `console.log('${TITLE}')`], TITLE));
		browser.push(await timeToText([CLI], TITLE));
	}
	const b = median(bare);
	const f = median(browser);
	return [
		{name: 'bare node -e in a 100×30 pty (reference)', value: b, unit: 'ms'},
		{name: 'browser: time to first screen (title shown)', value: f, unit: 'ms'},
		{name: 'browser: vs bare node', value: f / b, unit: '×', target: '≤ 3× (aim 2×)'},
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const {formatTable} = await import('./rows.ts');
	console.log(formatTable(await benchFirstFrame()));
}
