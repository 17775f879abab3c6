// One indexer per index at a time: a lock file holding the indexer's process id. A second
// `plenum index` waits for the first; a lock left by a killed process (its pid gone) is taken over.
import {readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function holder(path: string): number | null {
	try {
		const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
		return Number.isFinite(pid) ? pid : null;
	} catch {
		return null;
	}
}

function olderThan(path: string, ms: number): boolean {
	try {
		return Date.now() - statSync(path).mtimeMs > ms;
	} catch {
		return false;
	}
}

export interface Lock {
	release(): void;
}

/**
 * Takes the lock at `path`, waiting while a live process holds it (`onWait` is called once, with
 * its pid). Throws what the file system says when the lock cannot be written at all.
 */
export async function acquireLock(path: string, onWait: (pid: number) => void = () => {}): Promise<Lock> {
	let told = false;
	for (;;) {
		try {
			writeFileSync(path, String(process.pid), {flag: 'wx'});
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const pid = holder(path);
		if (pid === null ? olderThan(path, 2000) : pid === process.pid || !alive(pid)) {
			// Stale: its indexer was killed. (An empty lock younger than that is being written.)
			rmSync(path, {force: true});
		} else if (pid !== null && !told) {
			told = true;
			onWait(pid);
		}
		await new Promise(resolve => setTimeout(resolve, 100));
	}
	const release = () => {
		if (holder(path) === process.pid) rmSync(path, {force: true});
		process.off('exit', release);
	};
	process.on('exit', release);
	return {release};
}
