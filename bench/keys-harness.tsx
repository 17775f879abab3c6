// Run inside a bundle built like dist/ (production React, the same Ink rules): draws the browser
// for the corpus report with the longest section into an in-memory terminal, then times each
// keypress from the moment the key arrives until Ink has written the frame it causes.
import {render} from 'ink';
import {EventEmitter} from 'node:events';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {textFromBytes} from '../source/load/load.ts';
import {parseReport} from '../source/parse/index.ts';
import {buildView} from '../source/ui/view/view.ts';
import {App} from '../source/ui/components/App.tsx';
import {loadLayoutEngine} from '../source/ui/terminal/yoga.ts';
import {TerminalInput} from '../source/ui/terminal/input.ts';

const [corpus, colsArg, rowsArg] = process.argv.slice(2);
const size = {cols: Number(colsArg), rows: Number(rowsArg)};

class Terminal extends EventEmitter {
	columns = size.cols;
	rows = size.rows;
	isTTY = true;
	onFrame: (() => void) | null = null;
	write(): boolean {
		this.onFrame?.();
		return true;
	}
}

class Keyboard extends EventEmitter {
	isTTY = true;
	private pending: string[] = [];
	setRawMode(): void {}
	setEncoding(): void {}
	ref(): void {}
	unref(): void {}
	resume(): void {}
	pause(): void {}
	read(): string | null {
		return this.pending.shift() ?? null;
	}
	press(key: string): void {
		this.pending.push(key);
		this.emit('readable');
	}
}

async function longestSectionReport() {
	let best = {length: -1, report: null as ReturnType<typeof parseReport> | null, section: 0};
	for (const name of readdirSync(corpus).sort()) {
		const report = parseReport((await textFromBytes(readFileSync(join(corpus, name)), name)).text);
		for (const [i, s] of report.sections.entries()) if (s.text.length > best.length) best = {length: s.text.length, report, section: i};
	}
	return best;
}

const pause = (ms: number) => new Promise(r => setTimeout(r, ms));

await loadLayoutEngine();
const {report, section, length} = await longestSectionReport();
const stdout = new Terminal();
const stdin = new Keyboard();
// The browser reads keys from the terminal itself (terminal/input.ts), not through Ink's stdin.
const keys = new TerminalInput();
const app = render(<App view={buildView(report!)} size={size} colour input={keys} />, {stdout: stdout as never, stdin: stdin as never, exitOnCtrlC: false, patchConsole: false, maxFps: 60});
await pause(100);

/** Milliseconds from the key to the frame it causes; keys are spaced wider than Ink's frame limit. */
async function time(key: string): Promise<number> {
	await pause(40);
	const frame = new Promise<number>(resolve => {
		stdout.onFrame = () => resolve(performance.now());
	});
	const started = performance.now();
	keys.write(key);
	const ms = (await frame) - started;
	stdout.onFrame = null;
	return ms;
}

const select: number[] = [];
for (let i = 0; i < section; i++) await time('j');
for (let round = 0; round < 4; round++) {
	for (const key of ['j', 'k']) select.push(await time(key));
}
for (let round = 0; round < 20; round++) select.push(await time(round % 2 ? 'k' : 'j'));

const scroll: number[] = [];
await time('l');
for (let round = 0; round < 30; round++) scroll.push(await time(round % 3 === 2 ? 'b' : ' '));
for (let round = 0; round < 30; round++) scroll.push(await time(round % 2 ? 'k' : 'j'));

app.unmount();
process.stdout.write(JSON.stringify({select, scroll, sectionChars: length}));
process.exit(0);
