// How many typed keys each kind of prompt loses (ARCHITECTURE.md, "No text-input component"):
// types `/` and a query into each prompt of prompts.tsx in a real pseudo-terminal, four ways, and
// counts the characters that did not reach the query.
//
//   npm install --no-save ink-text-input@6 && node --import tsx bench/text-input/drops.ts [RUNS]
import * as pty from 'node-pty';

const QUERY = 'bbzhanlue';
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

interface Way {
	name: string;
	type(write: (keys: string) => void): Promise<void>;
}

const WAYS: Way[] = [
	{name: "'/' and the query in one read", type: async write => write('/' + QUERY)},
	{
		name: "'/', the query 1 ms later",
		type: async write => {
			write('/');
			await sleep(1);
			write(QUERY);
		},
	},
	...[2, 8].map(ms => ({
		name: `each key ${ms} ms apart`,
		type: async (write: (keys: string) => void) => {
			for (const key of '/' + QUERY) {
				write(key);
				await sleep(ms);
			}
		},
	})),
];

function typeOnce(prompt: string, way: Way): Promise<string> {
	return new Promise(resolve => {
		const child = pty.spawn(process.execPath, ['--import', 'tsx', 'prompts.tsx', prompt], {cols: 80, rows: 10, cwd: import.meta.dirname, env: {...process.env, NODE_ENV: 'production'}});
		let output = '';
		let typing = false;
		const timer = setTimeout(() => {
			child.kill();
			resolve('(no answer)');
		}, 10_000);
		child.onData(async data => {
			output += data;
			if (!typing && output.includes('READY')) {
				typing = true;
				await way.type(keys => child.write(keys));
				await sleep(300);
				child.write('\r');
			}
			const result = /RESULT\[(.*?)\]/.exec(output);
			if (result) {
				clearTimeout(timer);
				child.kill();
				resolve(result[1]);
			}
		});
	});
}

try {
	import.meta.resolve('ink-text-input');
} catch {
	console.error('ink-text-input is not installed: npm install --no-save ink-text-input@6');
	process.exit(1);
}
const runs = Number(process.argv[2] ?? 30);
console.log('| prompt | keys typed | runs that lost keys | characters lost |\n| --- | --- | --- | --- |');
for (const prompt of ['reducer', 'text-input']) {
	for (const way of WAYS) {
		let failed = 0;
		let lost = 0;
		for (let i = 0; i < runs; i++) {
			const query = await typeOnce(prompt, way);
			if (query === QUERY) continue;
			failed++;
			lost += QUERY.length - Math.min(QUERY.length, query.length);
		}
		console.log(`| ${prompt} | ${way.name} | ${failed} of ${runs} | ${lost} of ${runs * QUERY.length} |`);
	}
}
