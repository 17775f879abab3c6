// Reads the labelled corpus copied into test/fixtures, and the bundled report.
import {readdirSync, readFileSync} from 'node:fs';
import {basename, extname, join} from 'node:path';
import {textFromBytes} from '../../source/load/load.ts';
import {parseLoaded} from '../../source/app/open.ts';
import type {Report} from '../../source/model/report.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const CORPUS_RAW = join(FIXTURES, 'corpus', 'raw');
export const BUNDLED = join(import.meta.dirname, '..', '..', 'data', 'shaoxing-2020-12-plenum.txt');

export function corpusFiles(): string[] {
	return readdirSync(CORPUS_RAW)
		.sort()
		.map(name => join(CORPUS_RAW, name));
}

/** The corpus file whose name starts with `prefix` (e.g. '04'). */
export function corpusFile(prefix: string): string {
	const found = corpusFiles().find(path => basename(path).startsWith(prefix));
	if (!found) throw new Error(`no corpus file ${prefix}`);
	return found;
}

export async function loadText(path: string): Promise<string> {
	return (await textFromBytes(readFileSync(path), path)).text;
}

export async function parseFile(path: string): Promise<Report> {
	return parseLoaded(await textFromBytes(readFileSync(path), path));
}

export function gold(prefix: string): Record<string, unknown> & {title: string | null; date: string | null} {
	const raw = corpusFile(prefix);
	return JSON.parse(readFileSync(join(FIXTURES, 'corpus', 'gold', basename(raw, extname(raw)) + '.json'), 'utf8'));
}
