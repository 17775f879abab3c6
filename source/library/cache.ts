// Where the library's indexes live: $XDG_CACHE_HOME/plenum (~/.cache/plenum), one per folder tree,
// named after the folder and a hash of its real path.
import {createHash} from 'node:crypto';
import {realpathSync} from 'node:fs';
import {homedir} from 'node:os';
import {basename, isAbsolute, join} from 'node:path';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
	const xdg = env.XDG_CACHE_HOME;
	// The XDG spec says a relative path is to be ignored.
	return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'plenum');
}

/** The folder's real path: the same tree reached by another path shares its index. */
export function libraryRoot(dir: string): string {
	return realpathSync(dir);
}

export function indexPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
	const hash = createHash('sha1').update(root).digest('hex').slice(0, 12);
	const slug =
		basename(root)
			.replace(/[^\p{L}\p{N}_-]+/gu, '-')
			.slice(0, 40) || 'root';
	return join(cacheDir(env), `${slug}-${hash}.sqlite`);
}
