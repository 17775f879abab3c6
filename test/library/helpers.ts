// Folders of reports for the library's tests, made from the labelled corpus in temp dirs, and a
// cache dir of their own (XDG_CACHE_HOME): every test removes what it made.
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {tempDir as scratch} from '../helpers/temp.ts';
import {corpusFile, corpusFiles} from '../helpers/corpus.ts';
import {loadSqlite} from '../../source/library/sqlite.ts';

const sqlite = await loadSqlite();
/** Why tests that keep an index cannot run here (better-sqlite3 did not build), else false. */
export const noSqlite: string | false = sqlite instanceof Error ? `better-sqlite3 did not load (${sqlite.message.split('\n')[0]})` : false;

/** better-sqlite3's Database, for looking into an index as another process would. */
export function openDatabase(path: string, options?: {readonly?: boolean}) {
	if (sqlite instanceof Error) throw sqlite;
	return new sqlite(path, options);
}

/** A scratch folder, removed when the test file ends (test/helpers/temp.ts). */
export function tempDir(prefix = 'library'): string {
	return scratch(prefix);
}

/** A cache of its own for one test: the environment to pass, and the folder it names. */
export function cacheEnv(): {env: NodeJS.ProcessEnv; dir: string} {
	const dir = tempDir('cache');
	return {env: {...process.env, XDG_CACHE_HOME: dir}, dir};
}

/** Every corpus report copied into a fresh folder (names kept). */
export function corpusFolder(): string {
	const dir = tempDir();
	for (const file of corpusFiles()) copyFileSync(file, join(dir, basename(file)));
	return dir;
}

/**
 * `count` distinct plain-text reports: the corpus's plain-text reports in turn, each with a line
 * of its own appended (so no two files have the same bytes), in subfolders of 100.
 */
export function manyReports(count: number): string {
	const dir = tempDir();
	const texts = corpusFiles()
		.filter(f => f.endsWith('.txt'))
		.map(f => ({name: basename(f, '.txt'), text: readFileSync(f, 'utf8')}));
	for (let i = 0; i < count; i++) {
		const {name, text} = texts[i % texts.length];
		const sub = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
		mkdirSync(sub, {recursive: true});
		writeFileSync(join(sub, `${String(i).padStart(5, '0')}-${name}.txt`), `${text}\n(copy ${i})\n`);
	}
	return dir;
}

export {corpusFile};
