// Writing what `s` saves. A file already there is never replaced silently: the first attempt
// reports it, and the prompt asks again. Replacing is atomic (app/write-file.ts): a full disk or
// a file size limit leaves the old file whole.
import {homedir} from 'node:os';
import {resolve} from 'node:path';
import {writeFileAtomic} from '../../app/write-file.ts';

export type SaveResult = {ok: true; path: string; bytes: number} | {ok: false; taken: boolean; reason: string};

export function resolvePath(path: string, cwd = process.cwd()): string {
	const home = path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path;
	return resolve(cwd, home);
}

export function saveFile(path: string, content: string, replace: boolean): SaveResult {
	const full = resolvePath(path);
	try {
		writeFileAtomic(full, content, {replace});
		return {ok: true, path: full, bytes: Buffer.byteLength(content)};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'error';
		return {ok: false, taken: code === 'EEXIST', reason: code};
	}
}
