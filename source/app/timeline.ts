// PLENUM_TIMELINE=FILE: each step of opening a report and reading it in the extractors' workers
// is appended to FILE as a line — the time (ms since the epoch, comparable across threads), the
// CPU time of the browser's thread so far (ms, from /proc/thread-self: Linux), the thread, the
// step — for the timeline of a long report's full frame (BENCHMARKS.md). With the variable unset
// (always, but when measuring) a mark is the test of one constant. Only the command's own thread
// imports this: the workers hand their times back with their answers.
import {appendFileSync, readFileSync} from 'node:fs';

const file = process.env.PLENUM_TIMELINE;

/** This thread's CPU time (user + system) in ms, to 10 ms; NaN where /proc has no thread-self. */
function threadCpu(): number {
	try {
		const fields = readFileSync('/proc/thread-self/stat', 'utf8')
			.replace(/^.*\) /s, '')
			.split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return NaN;
	}
}

/** A step of `thread` now, or at `at` (ms since the epoch) for a worker's step, which it times itself: its CPU is not this thread's, and shown as -. */
export function mark(thread: string, step: string, at?: number): void {
	if (!file) return;
	const line = at === undefined ? `${(performance.timeOrigin + performance.now()).toFixed(1)} ${threadCpu()}` : `${at.toFixed(1)} -`;
	appendFileSync(file, `${line} ${thread} ${step}\n`);
}
