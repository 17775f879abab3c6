// The files of a folder tree: every file below it, subfolders included, symlinks followed once.
// A symlink loop, a folder that cannot be read or a file that vanishes mid-walk is noted, never
// fatal. Names starting with a dot are left out, as `plenum list` leaves them out.
import {readdirSync, statSync, type Stats} from 'node:fs';
import {join} from 'node:path';

export interface WalkedFile {
	path: string;
	size: number;
	mtimeMs: number;
}

export interface Problem {
	path: string;
	reason: string;
}

export interface Walk {
	files: WalkedFile[];
	/** Folders skipped (a loop, no permission) and files gone before they could be read. */
	problems: Problem[];
}

function statOrNull(path: string, problems: Problem[]): Stats | null {
	try {
		return statSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		problems.push({path, reason: code === 'ENOENT' ? 'vanished or a broken link' : code === 'ELOOP' ? 'symlink loop' : `cannot be read (${code ?? 'error'})`});
		return null;
	}
}

export function walkTree(root: string): Walk {
	const files: WalkedFile[] = [];
	const problems: Problem[] = [];
	// Folders already entered, by device and inode: a link back up the tree is entered once.
	const seen = new Set<string>();
	const stack = [root];
	while (stack.length > 0) {
		const dir = stack.pop()!;
		const stat = statOrNull(dir, problems);
		if (!stat) continue;
		const key = `${stat.dev}:${stat.ino}`;
		if (seen.has(key)) {
			problems.push({path: dir, reason: 'symlink loop (folder already indexed)'});
			continue;
		}
		seen.add(key);
		let names: string[];
		try {
			names = readdirSync(dir);
		} catch (error) {
			problems.push({path: dir, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`});
			continue;
		}
		const subdirs: string[] = [];
		for (const name of names.sort()) {
			if (name.startsWith('.')) continue;
			const path = join(dir, name);
			const entry = statOrNull(path, problems);
			if (!entry) continue;
			if (entry.isDirectory()) subdirs.push(path);
			else if (entry.isFile()) files.push({path, size: entry.size, mtimeMs: entry.mtimeMs});
		}
		// Depth first, in name order.
		stack.push(...subdirs.reverse());
	}
	return {files, problems};
}
