// Random input for the browser in a real pseudo-terminal: bytes, named keys, escape sequences of
// every shape a terminal (or an attacker) can send — CSI with odd parameters, SS3, Alt, OSC and DCS
// strings, the kitty keyboard protocol, mouse reports — bracketed pastes of any size, fast typing
// and resizes. plenum must never crash, hang or grow without bound. `npm test` runs a few thousand
// sequences (test/e2e/fuzz.test.ts), the bench 10⁵ (bench/fuzz.ts).
//
// Nothing here may harm the machine: plenum runs in a scratch folder with a PATH whose only `sh`
// is `cat` (so `|`, e and v run nothing), and — when the tests run as root — as the user nobody,
// so a save prompt given a random path cannot write outside the scratch folder and /tmp. The keys that
// end or stop plenum (Ctrl-C, Ctrl-Z, q) are never sent until the end, when it must quit cleanly.
import * as pty from 'node-pty';
import {chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CLI} from './harness.ts';

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sequences. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Ctrl-C and q quit, Ctrl-Z suspends: kept for the end. Ctrl-S is left out too: while a hand-over
 * has the terminal cooked (e and v), it stops the terminal's output (XOFF), as it does for any
 * program, until a Ctrl-Q that random input may never send, or sends behind a full line buffer.
 * Its save binding is pressed in hostile-keys.test.ts.
 */
const FORBIDDEN = /[\x03\x13\x1aq]/g;
/** The same keys in the kitty keyboard protocol (CSI codepoint ; modifiers ; text u): q, c, z, ^C, ^Z. */
const FORBIDDEN_CODEPOINTS = new Set([113, 99, 122, 3, 26]);
const KITTY = /\x1b\[[\d;:]*u/g;

/** `s` without the keys that end or stop plenum, in any encoding the key reader understands. */
function harmless(s: string): string {
	return s.replace(FORBIDDEN, '').replace(KITTY, sequence => ((sequence.match(/\d+/g) ?? []).some(n => FORBIDDEN_CODEPOINTS.has(Number(n))) ? '' : sequence));
}

const NAMED = [
	'\x1b[A',
	'\x1b[B',
	'\x1b[C',
	'\x1b[D',
	'\x1b[H',
	'\x1b[F',
	'\x1b[1~',
	'\x1b[4~',
	'\x1b[5~',
	'\x1b[6~',
	'\x1b[2~',
	'\x1b[3~',
	'\x1b[Z',
	'\r',
	'\n',
	'\t',
	'\x7f',
	'\x08',
	' ',
	'\x1b',
	'\x1b\x1b',
	'\x1bOA',
	'\x1bOH',
];
const FUNCTION = ['P', 'Q', 'R', 'S']
	.flatMap(f => [`\x1bO${f}`, `\x1b[1;2${f}`, `\x1b[1;5${f}`, `\x1b[1;3${f}`, `\x1b[1;8${f}`, `\x1bO5${f}`])
	.concat(['15', '17', '18', '19', '20', '21', '23', '24', '25', '26', '28', '29', '31'].flatMap(n => [`\x1b[${n}~`, `\x1b[${n};2~`, `\x1b[${n};5~`]));
const KEYS = [
	...'jkhlgGbdu{}nN?|yYevsa1234/ ',
	'｜',
	'／',
	'？',
	'｛',
	'｝',
	'\x04',
	'\x15',
	'\x06',
	'\x10',
	'\x19',
	'\x14',
	'\x05',
	'\x0f',
	'\x12',
	'\x17',
	'\x01',
	'\x02',
	'\x0b',
	'\x0c',
	'\x0e',
	'\x1c',
	'\x1d',
	'\x1e',
	'\x1f',
];
const TEXT = [...'全会指出要做好工作八八战略重要窗口马卫光abcxyz0123456789 ，。、“”《》😀👨‍👩‍👧é\u0301\u200d\u202e\ufeff'];
const SYLLABLES = ['ba', 'zhan', 'lue', 'bbzl', 'zhong', 'yao', 'chuang', 'kou', 'x', 'zh'];

export type Generator = () => string;

export function generator(next: () => number, options: {maxPaste?: number} = {}): Generator {
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)];
	const chars = (source: readonly string[], n: number) => Array.from({length: n}, () => pick(source)).join('');
	const number = () => (next() < 0.1 ? String(int(2 ** 31)) : next() < 0.3 ? '' : String(int(next() < 0.5 ? 10 : 1000)));
	const params = () => Array.from({length: int(4)}, number).join(next() < 0.9 ? ';' : ':');
	const byte = () => String.fromCharCode(int(256));
	const maxPaste = options.maxPaste ?? 20_000;
	const kinds: [number, Generator][] = [
		[24, () => pick(KEYS)],
		[8, () => pick(NAMED)],
		[5, () => pick(FUNCTION)],
		[8, () => chars(TEXT, 1 + int(20))],
		[4, () => chars(SYLLABLES, 1 + int(6))],
		[14, () => `\x1b[${pick(['', '', '?', '<', '>', '='])}${params()}${next() < 0.1 ? String.fromCharCode(0x20 + int(16)) : ''}${String.fromCharCode(0x40 + int(63))}`],
		[4, () => `\x1bO${String.fromCharCode(0x20 + int(95))}`],
		[4, () => `\x1b${String.fromCharCode(0x20 + int(95))}`],
		[4, () => `\x1b]${int(200)};${chars(TEXT, int(30))}${pick(['\x07', '\x1b\\', ''])}`],
		[2, () => `\x1b${pick(['P', 'X', '^', '_'])}${chars(TEXT, int(20))}${pick(['\x1b\\', ''])}`],
		[
			5,
			() => {
				const codepoint = int(next() < 0.5 ? 128 : 0x110000);
				return FORBIDDEN_CODEPOINTS.has(codepoint) ? '' : `\x1b[${codepoint}${next() < 0.7 ? `;${int(256)}${next() < 0.3 ? `:${int(4)}` : ''}` : ''}u`;
			},
		],
		[4, () => (next() < 0.7 ? `\x1b[<${int(128)};${int(300)};${int(100)}${pick(['M', 'm'])}` : `\x1b[M${byte()}${byte()}${byte()}`)],
		[8, () => Array.from({length: 1 + int(16)}, byte).join('')],
		[
			4,
			() => {
				const size = next() < 0.05 ? maxPaste : int(next() < 0.5 ? 40 : 2000);
				const body = Array.from({length: Math.ceil(size / 8)}, () => (next() < 0.15 ? pick(NAMED) : next() < 0.1 ? byte() : chars(TEXT, 8)))
					.join('')
					.slice(0, size);
				return `\x1b[200~${body}${next() < 0.9 ? '\x1b[201~' : ''}`;
			},
		],
	];
	const total = kinds.reduce((n, [w]) => n + w, 0);
	return () => {
		let r = next() * total;
		for (const [weight, make] of kinds) {
			r -= weight;
			if (r < 0) return harmless(make());
		}
		return '';
	};
}

export interface Crash {
	seed: number;
	/** The sequence number at which plenum was found dead or stuck. */
	at: number;
	reason: string;
	/** The sequences sent last, oldest first, as JSON strings. */
	last: string[];
	output: string;
}

export interface FuzzResult {
	sequences: number;
	crashes: Crash[];
	peakRssMb: number;
	ms: number;
	/** plenum runs started: one, plus one after each crash. */
	runs: number;
}

export interface FuzzOptions {
	sequences: number;
	seed: number;
	report: string;
	/** The built command to run (the bench's --cli); dist/cli.js unless said. */
	cli?: string;
	/** plenum's arguments instead of the report: a folder (the library view), two reports and --compare. */
	args?: string[];
	/** What the first screen shows once the view is up (the browser's status bar has a │). */
	ready?: string;
	cols?: number;
	rows?: number;
	maxPaste?: number;
	/** Called every 1,000 sequences. */
	progress?(done: number, result: FuzzResult): void;
	/** Generate this many sequences without sending them: to replay a crash found at a later one. */
	skip?: number;
	/** Called with each sequence sent, and its number. */
	trace?(at: number, sequence: string): void;
}

const delay = (ms: number) => new Promise(r => setTimeout(r, ms));

/** The process state /proc gives (R, S, T when stopped …), or '' when it is gone. */
function stateOf(pid: number): string {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
	} catch {
		return '';
	}
}

/** plenum's children as `pid state wchan command`, for a crash report. */
function childrenOf(pid: number): string {
	try {
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'latin1').trim().split(/\s+/).filter(Boolean);
		const read = (path: string) => {
			try {
				return readFileSync(path, 'latin1').replace(/\0/g, ' ').trim();
			} catch {
				return '?';
			}
		};
		return children.map(child => `${child} ${stateOf(Number(child))} ${read(`/proc/${child}/wchan`)} ${read(`/proc/${child}/cmdline`)}`).join('; ');
	} catch {
		return '';
	}
}

/** Whether plenum has a live child process (a hand-over still running; zombies not yet reaped aside). */
function hasChild(pid: number): boolean {
	try {
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'latin1').trim().split(/\s+/).filter(Boolean);
		return children.some(child => !['', 'Z'].includes(stateOf(Number(child))));
	} catch {
		return false;
	}
}

function rssMb(pid: number): number {
	try {
		const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) / 1024 : 0;
	} catch {
		return 0;
	}
}

/** A scratch folder plenum may write in, and a PATH whose only `sh` is `cat`. */
function sandbox(): {dir: string; env: Record<string, string>; uid?: number; gid?: number} {
	const dir = mkdtempSync(join(tmpdir(), 'plenum-fuzz-'));
	mkdirSync(join(dir, 'bin'));
	symlinkSync('/bin/cat', join(dir, 'bin', 'sh'));
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		chownSync(dir, 65534, 65534);
		chmodSync(dir, 0o755);
	}
	// TMPDIR too: the files e and v hand over stay inside the scratch folder when plenum is killed.
	const env: Record<string, string> = {PATH: join(dir, 'bin'), HOME: dir, TMPDIR: dir, TERM: 'xterm-256color', LANG: 'C.UTF-8', EDITOR: 'ed', PAGER: 'more', PLENUM_NO_SHELL: ''};
	return {dir, env, ...(asRoot ? {uid: 65534, gid: 65534} : {})};
}

interface Run {
	proc: pty.IPty;
	tail: string;
	exited: {code: number; signal?: number} | null;
	bytes: number;
}

function spawn(options: FuzzOptions, box: ReturnType<typeof sandbox>): Run {
	const proc = pty.spawn(process.execPath, [options.cli ?? CLI, ...(options.args ?? [options.report])], {
		name: 'xterm-256color',
		cols: options.cols ?? 100,
		rows: options.rows ?? 30,
		cwd: box.dir,
		env: box.env,
		uid: box.uid,
		gid: box.gid,
	});
	const run: Run = {proc, tail: '', exited: null, bytes: 0};
	proc.onData(data => {
		run.bytes += data.length;
		run.tail = (run.tail + data).slice(-16_384);
	});
	proc.onExit(e => {
		run.exited = {code: e.exitCode, signal: e.signal};
	});
	return run;
}

/** How the run ended, or null while it runs. */
function ended(run: Run): string | null {
	const exited = run.exited;
	return exited ? `exited with ${exited.code}${exited.signal ? ` (signal ${exited.signal})` : ''}` : null;
}

/** Wait until plenum has written nothing for `quietMs` (it has caught up), or `timeoutMs`. */
async function caughtUp(run: Run, quietMs: number, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	let last = run.bytes;
	let since = Date.now();
	while (Date.now() < deadline && !run.exited) {
		await delay(5);
		if (run.bytes !== last) [last, since] = [run.bytes, Date.now()];
		else if (Date.now() - since >= quietMs) return true;
	}
	return false;
}

/** Quit as a user would: Esc out of whatever is open, then Ctrl-C until plenum ends. */
async function quit(run: Run): Promise<boolean> {
	for (let i = 0; i < 6 && !run.exited; i++) {
		run.proc.write(i < 2 ? '\x1b' : '\x03');
		await delay(i < 2 ? 100 : 600);
	}
	return run.exited !== null;
}

export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
	const began = Date.now();
	const next = random(options.seed);
	const sequence = generator(next, {maxPaste: options.maxPaste});
	const box = sandbox();
	const result: FuzzResult = {sequences: 0, crashes: [], peakRssMb: 0, ms: 0, runs: 1};
	const last: string[] = [];
	let run = spawn(options, box);
	const sampler = setInterval(() => {
		if (!run.exited) result.peakRssMb = Math.max(result.peakRssMb, rssMb(run.proc.pid));
	}, 100);
	// The browser is up when its status bar is drawn; until it takes the terminal raw, Ctrl-\ would
	// end it as it ends any program.
	const started = async () => {
		for (let i = 0; i < 400 && !run.tail.includes(options.ready ?? '│') && !run.exited; i++) await delay(25);
		await caughtUp(run, 100, 10_000);
	};
	const crashed = async (reason: string) => {
		result.crashes.push({seed: options.seed, at: result.sequences, reason, last: last.map(s => JSON.stringify(s)), output: run.tail.slice(-2000)});
		try {
			run.proc.kill('SIGKILL');
		} catch {
			// Gone already.
		}
		run = spawn(options, box);
		result.runs++;
		await started();
	};
	try {
		await started();
		while (result.sequences < options.sequences) {
			const s = sequence();
			// Replaying from `skip`: the same random numbers are drawn, and nothing sent before it.
			const send = result.sequences >= (options.skip ?? 0);
			last.push(s.length > 300 ? `${s.slice(0, 300)}… (${s.length} characters)` : s);
			if (last.length > 40) last.shift();
			if (send) {
				options.trace?.(result.sequences, s);
				run.proc.write(s);
			}
			result.sequences++;
			const resize: [number, number] | null = next() < 0.002 ? [1 + Math.floor(next() * 200), 1 + Math.floor(next() * 60)] : next() < 0.004 ? [options.cols ?? 100, options.rows ?? 30] : null;
			const pause = next() < 0.7 ? 0 : Math.floor(next() * 4);
			if (!send) continue;
			if (resize) run.proc.resize(...resize);
			await delay(pause);
			if (run.exited) await crashed(ended(run)!);
			else if (/unexpected error|Debugger listening|RangeError|TypeError/.test(run.tail)) await crashed('printed an error');
			else if (result.sequences % 100 === 0) {
				// Ctrl-S while a hand-over had the terminal cooked stops its output until Ctrl-Q.
				if (!(await caughtUp(run, 40, 15_000)) && (run.exited || (run.proc.write('\x11'), !(await caughtUp(run, 40, 5_000))))) await crashed(ended(run) ?? 'did not catch up within 20 s');
				else if (stateOf(run.proc.pid) === 'T') await crashed('stopped (suspended with no one to continue it)');
				else if (hasChild(run.proc.pid)) {
					// A hand-over (e, v) with a `sh` that is cat ends at once: give it a second. The
					// terminal is cooked meanwhile, so a Ctrl-S sent then stopped its output, as it
					// would for any program: the child (and plenum) wait to write until Ctrl-Q.
					await delay(1000);
					run.proc.write('\x11');
					await delay(1000);
					if (hasChild(run.proc.pid)) await crashed(`a child process held the terminal for over two seconds (plenum ${stateOf(run.proc.pid)}: ${childrenOf(run.proc.pid)})`);
				}
			}
			if (result.sequences % 1000 === 0) options.progress?.(result.sequences, result);
		}
		await caughtUp(run, 100, 15_000);
		if (!(await quit(run))) await crashed('did not quit on Esc, Ctrl-C');
		// Ctrl-C ends plenum as an interrupted program (130); Esc back out of a view, with 0.
		else if (run.exited && run.exited.code !== 0 && run.exited.code !== 130) await crashed(`quit with exit code ${run.exited.code}`);
	} finally {
		clearInterval(sampler);
		if (!run.exited) run.proc.kill('SIGKILL');
		rmSync(box.dir, {recursive: true, force: true});
	}
	result.ms = Date.now() - began;
	return result;
}
