// A program in a real pseudo-terminal, for measuring what a user waits for: when a text appears,
// when the frame a key causes has been written, how many bytes it took, how much memory the
// program holds. No emulator: the output is searched as it arrives; only DA1 is answered, as every
// terminal answers it.
import * as pty from 'node-pty';
import {readFileSync} from 'node:fs';
import {measuredEnvironment} from './measure.ts';

/** How Ink opens and closes each frame (a synchronized update), and plenum's frames too. */
export const FRAME_START = '\x1b[?2026h';
export const FRAME_END = '\x1b[?2026l';

export interface PtyOptions {
	cols: number;
	rows: number;
	cwd: string;
	env?: Record<string, string>;
}

export class PtyRun {
	readonly started = process.hrtime.bigint();
	output = '';
	/** Bytes received so far (UTF-8), for the bytes a key costs. */
	bytes = 0;
	/** Frames whose end has been received. */
	frames = 0;
	exited: Promise<number>;
	private readonly child: pty.IPty;
	private waiters: {test: () => boolean; resolve: () => void}[] = [];

	constructor(args: string[], options: PtyOptions) {
		this.child = pty.spawn(process.execPath, args, {name: 'xterm-256color', cols: options.cols, rows: options.rows, cwd: options.cwd, env: measuredEnvironment(options.env)});
		this.child.onData(data => {
			// Every terminal answers DA1 (plenum asks it after OSC 11, to learn the background without a
			// timeout), as xterm does; a pty nobody answers would add plenum's 200 ms wait to its first screen.
			if (data.includes('\x1b[c')) this.child.write('\x1b[?62;22c');
			const from = Math.max(0, this.output.length - FRAME_END.length + 1);
			this.output += data;
			this.bytes += Buffer.byteLength(data);
			for (let at = this.output.indexOf(FRAME_END, from); at >= 0; at = this.output.indexOf(FRAME_END, at + 1)) this.frames++;
			// Only the recent output is searched: a long session must not slow its own measuring.
			if (this.output.length > 1 << 20) this.output = this.output.slice(-(1 << 19));
			this.waiters = this.waiters.filter(w => {
				if (!w.test()) return true;
				w.resolve();
				return false;
			});
		});
		this.exited = new Promise(resolve => this.child.onExit(e => resolve(e.exitCode)));
	}

	get pid(): number {
		return this.child.pid;
	}

	/** Milliseconds since the program was spawned. */
	now(): number {
		return Number(process.hrtime.bigint() - this.started) / 1e6;
	}

	/** Resolves (with the time since spawn) once `test` holds for the output; rejects after `ms`. */
	until(test: (output: string) => boolean, ms: number, what = 'text'): Promise<number> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`${what} not seen within ${ms} ms; output ends ${JSON.stringify(this.output.slice(-300))}`)), ms);
			const done = () => {
				clearTimeout(timer);
				resolve(this.now());
			};
			if (test(this.output)) return done();
			this.waiters.push({test: () => test(this.output), resolve: done});
		});
	}

	/** Time since spawn when `text` has been written (a string or a pattern). */
	waitFor(text: string | RegExp, ms = 30_000): Promise<number> {
		return this.until(out => (typeof text === 'string' ? out.includes(text) : text.test(out)), ms, String(text));
	}

	write(data: string): void {
		this.child.write(data);
	}

	/**
	 * Type `key` and wait for the frame it causes to end: milliseconds from the key to the frame's
	 * last byte, and the bytes written meanwhile. Null when no frame came within `ms`.
	 */
	async key(key: string, ms = 2000): Promise<{ms: number; bytes: number} | null> {
		const frames = this.frames;
		const bytes = this.bytes;
		const from = this.now();
		this.write(key);
		try {
			const at = await this.until(() => this.frames > frames, ms, 'a frame');
			return {ms: at - from, bytes: this.bytes - bytes};
		} catch {
			return null;
		}
	}

	/** Resident memory now (VmRSS) and at its peak (VmHWM), in MB. */
	memory(): {rss: number; peak: number} {
		try {
			const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
			const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
			return {rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024};
		} catch {
			return {rss: NaN, peak: NaN};
		}
	}

	/** CPU time so far, user + system, every thread's, in seconds (Linux counts it in 1/100 s). */
	cpu(): number {
		try {
			// The fields after the command's name (which may hold spaces) in parentheses.
			const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8')
				.replace(/^.*\) /s, '')
				.split(' ');
			return (Number(fields[11]) + Number(fields[12])) / 100;
		} catch {
			return NaN;
		}
	}

	kill(signal = 'SIGKILL'): void {
		try {
			this.child.kill(signal);
		} catch {
			// Gone already.
		}
	}
}

export const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
