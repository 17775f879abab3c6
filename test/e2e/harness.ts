// Runs plenum in a real pseudo-terminal and reads the screen back through @xterm/headless, the
// emulator VS Code uses. Tests drive it like a user: wait for text, press keys, resize, quit,
// then check that the terminal was left as it was found. Build first (`npm run build`).
//
//   const s = start({cols: 80, rows: 24, args: ['report.txt'], reportAfterExit: true});
//   await s.waitFor('LIST │');
//   await s.pressAndSettle(['down', {text: '/'}]);
//   s.assertClean();                        // no row too wide, no wide character cut
//   await s.press({text: 'q'});
//   const {exitCode, stty} = await s.afterExit();
//   assert(!s.altScreen && s.cursorShown && isCooked(stty));
//   s.dispose();                            // always, e.g. in after()
import * as pty from 'node-pty';
import xterm from '@xterm/headless';
import stringWidth from 'string-width';
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built command; PLENUM_E2E_CLI points the tests at another build (e.g. a private one). */
export const CLI = process.env.PLENUM_E2E_CLI ?? join(ROOT, 'dist', 'cli.js');

/** Bytes a terminal sends for each key. */
export const KEYS = {
	up: '\x1b[A',
	down: '\x1b[B',
	right: '\x1b[C',
	left: '\x1b[D',
	shiftUp: '\x1b[1;2A',
	shiftDown: '\x1b[1;2B',
	home: '\x1b[H',
	end: '\x1b[F',
	pageUp: '\x1b[5~',
	pageDown: '\x1b[6~',
	enter: '\r',
	escape: '\x1b',
	tab: '\t',
	shiftTab: '\x1b[Z',
	space: ' ',
	ctrlC: '\x03',
} as const;

export type KeyName = keyof typeof KEYS;

export interface StartOptions {
	cols?: number;
	rows?: number;
	/** Arguments after `node dist/cli.js`. */
	args?: string[];
	/** Run this instead of `dist/cli.js` (a script path first, then its arguments), under node. */
	script?: string[];
	/**
	 * Run a shell command line instead, e.g. `cat report.txt | "$NODE" "$PLENUM_CLI"`: $NODE and
	 * $PLENUM_CLI name node and the built command.
	 */
	shell?: string;
	/** Extra node options, e.g. ['--import', 'tsx'] for a TypeScript script. */
	nodeOptions?: string[];
	/**
	 * The terminal's background colour (#rrggbb), given to a program that asks (OSC 11), as a
	 * light or dark terminal answers; without it the emulator answers no colour query, only DA1.
	 */
	background?: string;
	/** Added to the environment; a value of undefined removes the variable. */
	env?: Record<string, string | undefined>;
	/**
	 * Keep the screen's cells as they were just before the program first wrote this text (say,
	 * the sequence that opens Ink's first frame): see Session.before.
	 */
	captureBefore?: string;
	/**
	 * Type `keys` the moment the output first contains `text`, from the very callback that
	 * receives it (no polling delay): see Session.typedBeforeInk.
	 */
	typeWhen?: {text: string; keys: string};
	/**
	 * Run plenum through /bin/sh and print its exit code and `stty -a` after it ends, so a test
	 * can see the terminal's line discipline was restored (no raw mode left behind).
	 */
	reportAfterExit?: boolean;
}

export interface Problem {
	row: number;
	text: string;
	problem: string;
}

export interface Cell {
	row: number;
	col: number;
	char: string;
	fg: string;
	bg: string;
	inverse: boolean;
	bold: boolean;
	dim: boolean;
	italic: boolean;
	underline: boolean;
}

const EXIT_MARK = '__PLENUM_EXIT=';
/** How Ink opens each frame it writes (a synchronized update). */
export const INK_FRAME = '\x1b[?2026h';

export class Session {
	readonly cols: number;
	readonly rows: number;
	/** Everything the program wrote, as received. */
	output = '';
	exited: Promise<{exitCode: number; signal?: number}>;
	/** Window titles the program set (OSC 0/2), in order: a report must never set one. */
	readonly titles: string[] = [];
	/** OSC 52 clipboard writes the emulator received, as sent (`c;BASE64`). */
	readonly clipboard: string[] = [];
	/** The cells just before `captureBefore` was first written, once it has been. */
	before: Cell[] | null = null;
	/** Whether `typeWhen`'s keys were typed before Ink's first frame had been written. */
	typedBeforeInk: boolean | null = null;
	private readonly proc: pty.IPty;
	private readonly term: InstanceType<typeof xterm.Terminal>;
	private pending = 0;
	private done = false;
	private disposed = false;

	constructor(options: StartOptions = {}) {
		this.cols = options.cols ?? 80;
		this.rows = options.rows ?? 24;
		const env: Record<string, string> = {};
		// No clipboard of the machine running the tests is touched, and none of its settings (the
		// settings file, COLORFGBG) is read: tests that need them name their own.
		const isolated = {TMUX: undefined, DISPLAY: undefined, WAYLAND_DISPLAY: undefined, XDG_CONFIG_HOME: '/nonexistent/plenum-tests', COLORFGBG: undefined};
		for (const [k, v] of Object.entries({...process.env, TERM: 'xterm-256color', COLUMNS: undefined, LINES: undefined, ...isolated, ...options.env})) {
			if (v !== undefined) env[k] = v;
		}
		// Ink draws differently when it believes it runs in CI.
		for (const ci of ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS']) delete env[ci];
		// The terminal is xterm.js, whatever runs the tests: plenum must not take it for one with
		// left and right margins (terminal/frame-home.ts), which xterm.js lacks. A test that names
		// one (TMUX, for the clipboard) gets it.
		for (const terminal of ['TERM_PROGRAM', 'XTERM_VERSION', 'TMUX', 'STY']) if (options.env?.[terminal] === undefined) delete env[terminal];
		this.term = new xterm.Terminal({cols: this.cols, rows: this.rows, allowProposedApi: true, scrollback: 200});
		this.term.onTitleChange(title => this.titles.push(title));
		const background = options.background;
		if (background) {
			const [r, g, b] = [1, 3, 5].map(i => background.slice(i, i + 2).repeat(2));
			this.term.parser.registerOscHandler(11, data => {
				if (data !== '?') return false;
				this.proc.write(`\x1b]11;rgb:${r}/${g}/${b}\x1b\\`);
				return true;
			});
		}
		this.term.parser.registerOscHandler(52, data => {
			this.clipboard.push(data);
			return true;
		});
		const program = [...(options.nodeOptions ?? []), ...(options.script ?? [CLI, ...(options.args ?? [])])];
		const [file, argv] = options.shell
			? ['/bin/sh', ['-c', options.shell]]
			: options.reportAfterExit
				? ['/bin/sh', ['-c', `"$0" "$@"; echo "${EXIT_MARK}$?"; stty -a`, process.execPath, ...program]]
				: [process.execPath, program];
		env.NODE = process.execPath;
		env.PLENUM_CLI = CLI;
		this.proc = pty.spawn(file, argv, {name: env.TERM ?? 'xterm-256color', cols: this.cols, rows: this.rows, cwd: ROOT, env});
		let capture = options.captureBefore;
		let typeWhen = options.typeWhen;
		this.proc.onData(data => {
			// Output that arrives after the test let go of the emulator has no screen to go to.
			if (this.disposed) return;
			this.output += data;
			if (typeWhen && this.output.includes(typeWhen.text)) {
				this.typedBeforeInk = !this.output.includes(INK_FRAME);
				this.proc.write(typeWhen.keys);
				typeWhen = undefined;
			}
			const at = capture ? data.indexOf(capture) : -1;
			if (capture && at >= 0) {
				capture = undefined;
				this.pending += 2;
				// Writes are parsed in order: the callback sees the screen up to the marker only.
				this.term.write(data.slice(0, at), () => {
					this.before = this.cells();
					this.pending--;
				});
				this.term.write(data.slice(at), () => this.pending--);
				return;
			}
			this.pending++;
			this.term.write(data, () => this.pending--);
		});
		// Answer the program's terminal queries as a real terminal would.
		this.term.onData(data => {
			if (!this.done) this.proc.write(data);
		});
		this.exited = new Promise(resolve =>
			this.proc.onExit(e => {
				this.done = true;
				resolve({exitCode: e.exitCode, signal: e.signal});
			}),
		);
	}

	/** The screen as text, one string per row, trailing blanks removed. */
	screen(): string[] {
		const buffer = this.term.buffer.active;
		const rows: string[] = [];
		for (let y = 0; y < this.term.rows; y++) rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
		return rows;
	}

	text(): string {
		return this.screen().join('\n');
	}

	/** True while the program holds the alternate screen. */
	get altScreen(): boolean {
		return this.term.buffer.active.type === 'alternate';
	}

	/** Whether the last cursor-visibility sequence the program wrote showed the cursor. */
	get cursorShown(): boolean {
		return this.output.lastIndexOf('\x1b[?25h') >= this.output.lastIndexOf('\x1b[?25l');
	}

	async settle(): Promise<void> {
		while (this.pending > 0) await new Promise(r => setTimeout(r, 5));
	}

	/** Wait until the screen shows `what` (text, pattern or test); fails with the screen shown. */
	async waitFor(what: string | RegExp | ((screen: string) => boolean), timeout = 5000): Promise<void> {
		const test = typeof what === 'string' ? (s: string) => s.includes(what) : what instanceof RegExp ? (s: string) => what.test(s) : what;
		const deadline = Date.now() + timeout;
		for (;;) {
			await this.settle();
			if (test(this.text())) return;
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(what)}; screen:\n${this.text()}`);
			await new Promise(r => setTimeout(r, 15));
		}
	}

	/**
	 * Wait until the browser runs: its first screen is painted before Ink has loaded, and keys
	 * typed then wait until Ink takes over. Ink writes every frame as a synchronized update
	 * (CSI ? 2026 h), so its first one marks the moment. Then the extractors' counts. Loading Ink
	 * on a busy machine has taken over 5 s (a CI run), so that wait gets three times as long.
	 */
	async waitForBrowser(timeout = 5000): Promise<void> {
		await this.waitFor('LIST │', timeout);
		await this.waitFor(() => this.output.includes(INK_FRAME), 3 * timeout);
		await this.waitForReport(timeout);
	}

	/**
	 * Wait until the whole report is read: the browser answers keys with the outline while the
	 * extractors run, and the tab bar (the third row) counts … until they are done.
	 */
	async waitForReport(timeout = 5000): Promise<void> {
		await this.waitFor(() => !(this.screen()[2] ?? '').includes('…'), timeout);
	}

	/** Wait until the screen stops changing for `quietMs`. */
	async idle(quietMs = 80, timeout = 5000): Promise<void> {
		const deadline = Date.now() + timeout;
		let last = '';
		let since = Date.now();
		while (Date.now() < deadline) {
			await this.settle();
			const now = this.output.length + ':' + this.text();
			if (now !== last) {
				last = now;
				since = Date.now();
			} else if (Date.now() - since >= quietMs) return;
			await new Promise(r => setTimeout(r, 10));
		}
	}

	/** Press named keys or type raw text, one key at a time, as a user would. */
	async press(...keys: (KeyName | {text: string})[]): Promise<void> {
		for (const k of keys) {
			this.proc.write(typeof k === 'string' ? KEYS[k] : k.text);
			await new Promise(r => setTimeout(r, 12));
		}
	}

	/**
	 * Press keys and wait for the program to answer: first for new output (up to `timeout`; a key
	 * that changes nothing gives none), then for the screen to stay quiet.
	 */
	async pressAndSettle(keys: (KeyName | {text: string})[], timeout = 1500): Promise<void> {
		const mark = this.output.length;
		await this.press(...keys);
		const deadline = Date.now() + timeout;
		while (this.output.length === mark && Date.now() < deadline) await new Promise(r => setTimeout(r, 5));
		await this.idle(60);
	}

	/** Paste `text` as a terminal does with bracketed paste on: between ESC[200~ and ESC[201~. */
	async paste(text: string): Promise<void> {
		this.proc.write(`\x1b[200~${text}\x1b[201~`);
		await new Promise(r => setTimeout(r, 12));
	}

	/**
	 * Write straight onto the emulator's screen, not to the program: what another program writing
	 * to the same terminal (a `wall` message, a background job) leaves for Ctrl-L to clear.
	 */
	async scribble(text: string): Promise<void> {
		this.pending++;
		this.term.write(text, () => this.pending--);
		await this.settle();
	}

	/** Type printable characters, each as its own keypress. */
	async type(text: string): Promise<void> {
		for (const ch of text) await this.press({text: ch});
	}

	resize(cols: number, rows: number): void {
		(this as {cols: number}).cols = cols;
		(this as {rows: number}).rows = rows;
		this.term.resize(cols, rows);
		this.proc.resize(cols, rows);
	}

	kill(signal: string): void {
		this.proc.kill(signal);
	}

	/** The spawned process: plenum, or under reportAfterExit the shell that runs it. */
	get pid(): number {
		return this.proc.pid;
	}

	/** plenum's own pid under reportAfterExit's shell: the shell's one child. */
	plenumPid(): number {
		const children = readFileSync(`/proc/${this.pid}/task/${this.pid}/children`, 'utf8').trim().split(/\s+/);
		if (children.length !== 1) throw new Error(`the shell has ${children.length} children, not plenum alone`);
		return Number(children[0]);
	}

	/** The terminal's line discipline (`stty -a`), read from outside on the pty's slave side. */
	lineDiscipline(): string {
		const pts = (this.proc as unknown as {_pty: string})._pty;
		return execFileSync('stty', ['-a', '-F', pts], {encoding: 'utf8'});
	}

	/**
	 * Layout faults a user would see: a row wider than the terminal (it wraps onto the next), or
	 * a wide character cut at the right edge.
	 */
	problems(): Problem[] {
		const buffer = this.term.buffer.active;
		const problems: Problem[] = [];
		for (let y = 0; y < this.term.rows; y++) {
			const line = buffer.getLine(buffer.viewportY + y);
			if (!line) continue;
			const text = line.translateToString(true);
			if (y > 0 && line.isWrapped) problems.push({row: y, text, problem: 'continues the row above: something overflowed'});
			if (stringWidth(text) > this.cols) problems.push({row: y, text, problem: `${stringWidth(text)} columns in a ${this.cols}-column terminal`});
			const last = line.getCell(this.cols - 1);
			if (last && last.getWidth() === 2) problems.push({row: y, text, problem: 'wide character in the last column'});
			if (text.includes('\ufffd')) problems.push({row: y, text, problem: 'replacement character: a character was split'});
		}
		return problems;
	}

	/** Every cell of the screen with its attributes, for checks on colour and emphasis. */
	cells(): Cell[] {
		const buffer = this.term.buffer.active;
		const out: Cell[] = [];
		for (let row = 0; row < this.term.rows; row++) {
			const line = buffer.getLine(buffer.viewportY + row);
			if (!line) continue;
			for (let col = 0; col < this.cols; col++) {
				const cell = line.getCell(col);
				if (!cell || cell.getWidth() === 0) continue;
				out.push({
					row,
					col,
					char: cell.getChars(),
					fg: cell.isFgDefault() ? 'default' : String(cell.getFgColor()),
					bg: cell.isBgDefault() ? 'default' : String(cell.getBgColor()),
					inverse: Boolean(cell.isInverse()),
					bold: Boolean(cell.isBold()),
					dim: Boolean(cell.isDim()),
					italic: Boolean(cell.isItalic()),
					underline: Boolean(cell.isUnderline()),
				});
			}
		}
		return out;
	}

	/** Throw, showing the screen, if the layout has any fault. */
	assertClean(context = ''): void {
		const found = this.problems();
		if (found.length > 0) throw new Error(`${context} layout faults:\n${found.map(p => `  row ${p.row}: ${p.problem}: ${JSON.stringify(p.text)}`).join('\n')}\nscreen:\n${this.text()}`);
	}

	/** With reportAfterExit: plenum's exit code and the terminal modes after it ended. */
	async afterExit(timeout = 5000): Promise<{exitCode: number; stty: string}> {
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise((_, reject) => {
			timer = setTimeout(() => reject(new Error(`plenum did not exit; screen:\n${this.text()}`)), timeout);
		});
		// The timer goes once plenum has exited: it would read a screen the test has let go of.
		await Promise.race([this.exited, late]).finally(() => clearTimeout(timer));
		await this.settle();
		const at = this.output.lastIndexOf(EXIT_MARK);
		if (at < 0) throw new Error(`no exit report; output ended:\n${this.output.slice(-500)}`);
		const exitCode = Number.parseInt(this.output.slice(at + EXIT_MARK.length), 10);
		return {exitCode, stty: this.output.slice(at)};
	}

	/** Stop the program if a test left it running. */
	dispose(): void {
		if (!this.done) {
			try {
				this.proc.kill('SIGKILL');
			} catch {
				// Already gone.
			}
		}
		this.disposed = true;
		this.term.dispose();
	}
}

export function start(options: StartOptions = {}): Session {
	return new Session(options);
}

/** The raw-mode flags `stty -a` prints differently once a program forgets to restore them. */
export function isCooked(stty: string): boolean {
	return /(^|\s)icanon(\s|$)/.test(stty) && /(^|\s)echo(\s|$)/.test(stty);
}
