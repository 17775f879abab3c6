// Programs a test starts through plenum (a `|` command, the daemon it leaves behind): whether one
// still runs, and its pid from the file it wrote. Every pid read is killed once the file's tests
// are done, so none outlives them.
import {after} from 'node:test';
import {existsSync, readFileSync} from 'node:fs';

export function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		// A zombie is dead, only not yet reaped.
		return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'latin1'));
	} catch {
		return false;
	}
}

/** A reader of pid files (waiting up to 3 s for each to appear) whose pids are killed after the tests. */
export function pidFiles(): (file: string) => Promise<number> {
	const pids: number[] = [];
	after(() => pids.forEach(pid => alive(pid) && process.kill(pid, 'SIGKILL')));
	return async file => {
		for (let i = 0; i < 300 && !existsSync(file); i++) await new Promise(r => setTimeout(r, 10));
		const pid = Number(readFileSync(file, 'utf8').trim());
		pids.push(pid);
		return pid;
	};
}
