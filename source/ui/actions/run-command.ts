// Runs `sh -c COMMAND` with the text on its stdin — the text is never part of the command line,
// so nothing in a report can inject a command. The child gets its own session: it has no
// controlling terminal to fight plenum over, and cancelling signals its whole process group
// (sh and everything it started): SIGTERM, then SIGKILL for what is left after a grace period.
// Output arrives as it comes, a few times a second at most. Once the shell has ended, its pipes
// are read for a moment more, then let go: a program it left behind (`setsid sleep 1234 &`)
// holding them open must not keep the command running, nor plenum from exiting.
import {spawn, type ChildProcess} from 'node:child_process';
import {StringDecoder} from 'node:string_decoder';
import {liveGroups, signalGroup, sleepSync} from './processes.ts';

/** Output kept for the overlay; the rest is read and dropped so the command never blocks. */
export const MAX_OUTPUT = 256 * 1024;

export interface RunResult {
	status: string;
	failed: boolean;
	code: number | null;
	signal: string | null;
	cancelled: boolean;
	/** The command closed its stdin before reading everything (EPIPE): `head -c1` does. */
	stoppedReading: boolean;
}

export interface RunHandlers {
	output(text: string, truncated: boolean): void;
	done(result: RunResult): void;
}

export interface Running {
	cancel(): void;
}

/** How long a command has to end after SIGTERM before SIGKILL. */
export const GRACE_MS = 1000;
/** How long the pipes are read after the shell has ended. */
const DRAIN_MS = 300;

const running = new Set<ChildProcess>();
let exitHook = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid !== undefined) signalGroup(child.pid, signal);
}

function letGo(child: ChildProcess): void {
	for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
}

/**
 * Stop every command still running, now: SIGTERM to each process group, up to `graceMs` for them
 * to end, SIGKILL to what is left, and their pipes let go. It blocks, so it works on every way
 * out — quit, a signal, a crash, process exit — and the event loop is free to end after it.
 */
export function stopAllCommands(graceMs = GRACE_MS): void {
	const children = [...running];
	if (children.length === 0) return;
	const groups = children.map(c => c.pid).filter((pid): pid is number => pid !== undefined);
	for (const group of groups) signalGroup(group, 'SIGTERM');
	const deadline = Date.now() + graceMs;
	let left = liveGroups(groups);
	while (left.length > 0 && Date.now() < deadline) {
		sleepSync(20);
		left = liveGroups(left);
	}
	for (const group of left) signalGroup(group, 'SIGKILL');
	for (const child of children) {
		letGo(child);
		running.delete(child);
	}
}

function describe(code: number | null, signal: string | null, cancelled: boolean, startError: string | null): string {
	if (startError) return `could not start sh: ${startError}`;
	if (cancelled) return 'cancelled';
	if (signal) return `killed by ${signal}`;
	if (code === 127) return 'exit 127: command not found';
	if (code === 126) return 'exit 126: not executable';
	return `exit ${code}`;
}

export function runCommand(command: string, input: string, on: RunHandlers, options: {env?: NodeJS.ProcessEnv; intervalMs?: number; shell?: string} = {}): Running {
	if (!exitHook) {
		// A detached child outlives plenum unless told: no `sleep 30` left behind on any exit.
		process.on('exit', () => stopAllCommands());
		exitHook = true;
	}
	const child = spawn(options.shell ?? 'sh', ['-c', command], {detached: true, stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env});
	running.add(child);
	let text = '';
	let truncated = false;
	let cancelled = false;
	let stoppedReading = false;
	let startError: string | null = null;
	let finished = false;
	let timer: NodeJS.Timeout | null = null;
	let killer: NodeJS.Timeout | null = null;
	let drain: NodeJS.Timeout | null = null;

	const flush = () => {
		timer = null;
		on.output(text, truncated);
	};
	const take = (chunk: string) => {
		if (chunk === '') return;
		const room = MAX_OUTPUT - text.length;
		if (chunk.length > room) truncated = true;
		if (room > 0) text += chunk.slice(0, room);
		timer ??= setTimeout(flush, options.intervalMs ?? 50);
	};
	for (const stream of [child.stdout, child.stderr]) {
		const decoder = new StringDecoder('utf8');
		stream?.on('data', (data: Buffer) => take(decoder.write(data)));
		stream?.on('end', () => take(decoder.end()));
	}
	const finish = (code: number | null, signal: string | null) => {
		if (finished) return;
		finished = true;
		running.delete(child);
		if (timer) clearTimeout(timer);
		if (killer) clearTimeout(killer);
		if (drain) clearTimeout(drain);
		letGo(child);
		on.output(text, truncated);
		on.done({status: describe(code, signal, cancelled, startError), failed: startError !== null || cancelled || signal !== null || code !== 0, code, signal, cancelled, stoppedReading});
	};
	child.on('error', error => {
		startError = (error as NodeJS.ErrnoException).code ?? error.message;
		if (child.pid === undefined) finish(null, null);
	});
	child.on('close', (code, signal) => finish(code, signal));
	// The shell has ended; its pipes close when the last program holding them does.
	child.on('exit', (code, signal) => {
		drain = setTimeout(() => finish(code, signal), DRAIN_MS);
	});
	// A command that exits without reading all its input closes the pipe: EPIPE is its answer,
	// not plenum's failure.
	child.stdin?.on('error', () => {
		stoppedReading = true;
	});
	child.stdin?.end(input);

	return {
		cancel() {
			if (finished || cancelled) return;
			cancelled = true;
			killGroup(child, 'SIGTERM');
			killer = setTimeout(() => {
				killGroup(child, 'SIGKILL');
				// Whatever still holds the pipes is not of this group (setsid): stop reading.
				killer = setTimeout(() => finish(null, 'SIGKILL'), DRAIN_MS);
			}, GRACE_MS);
		},
	};
}
