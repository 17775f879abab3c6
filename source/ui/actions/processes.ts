// What Linux's /proc says about other processes: their process groups, and whether a group still
// has a live member. Where there is no /proc these answer "nothing known", and callers fall back.
import {readdirSync, readFileSync} from 'node:fs';

/** The process group of each live (not zombie) process; null where there is no /proc. */
export function processGroups(): Map<number, number> | null {
	let names: string[];
	try {
		names = readdirSync('/proc');
	} catch {
		return null;
	}
	const groups = new Map<number, number>();
	for (const name of names) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
			// pid (comm) state ppid pgrp …: comm may hold spaces and parentheses.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (fields[0] !== 'Z') groups.set(Number(name), Number(fields[2]));
		} catch {
			// Gone meanwhile.
		}
	}
	return groups;
}

/** The groups in `groups` that still have a live member (all of them, where /proc cannot tell). */
export function liveGroups(groups: number[]): number[] {
	const all = processGroups();
	if (!all) return groups.filter(group => signalGroup(group, 0));
	const live = new Set(all.values());
	return groups.filter(group => live.has(group));
}

/** Send `signal` to process group `group`; false if it has no process left. */
export function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
	try {
		process.kill(-group, signal);
		return true;
	} catch {
		return false;
	}
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Block the thread for `ms`: for the few places that must wait with the event loop held. */
export function sleepSync(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}
