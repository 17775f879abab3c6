// Preloaded into a measured command (node --import): records the process's peak RSS at exit, and
// its CPU time (user + system, every thread's) where PLENUM_CPU_OUT asks for it. It runs in each
// worker thread too: each writes a line, and the readers take the largest.
// VmHWM rather than getrusage's maxRSS: on Linux maxRSS survives exec, so a child forked from a
// large parent (this benchmark) would report the parent's size.
import {appendFileSync, readFileSync} from 'node:fs';

export function peakMb() {
	try {
		const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
		if (hwm) return Number(hwm[1]) / 1024;
	} catch {
		// Not Linux: fall back to getrusage.
	}
	return process.resourceUsage().maxRSS / 1024;
}

process.on('exit', () => {
	if (process.env.PLENUM_RSS_OUT) appendFileSync(process.env.PLENUM_RSS_OUT, `${peakMb()}\n`);
	if (process.env.PLENUM_CPU_OUT) {
		const {user, system} = process.cpuUsage();
		appendFileSync(process.env.PLENUM_CPU_OUT, `${(user + system) / 1e6}\n`);
	}
});
