// Large inputs made from the labelled corpus: the parser and search are measured on many reports.
import {readdirSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {textFromBytes} from '../source/load/load.ts';

export const ROOT = join(import.meta.dirname, '..');
const RAW = join(ROOT, 'test', 'fixtures', 'corpus', 'raw');
export const SCRATCH = join(ROOT, '.bench');

/** The corpus reports as loaded text (HTML already reduced to its article). */
export async function corpusTexts(): Promise<string[]> {
	const names = readdirSync(RAW).sort();
	return Promise.all(names.map(async name => (await textFromBytes(readFileSync(join(RAW, name)), name)).text));
}

/** One big report of about `megabytes` MB: corpus reports concatenated, each slightly varied. */
export async function bigReport(megabytes: number): Promise<string> {
	const texts = await corpusTexts();
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < megabytes * 1024 * 1024; i++) {
		const text = texts[i % texts.length].replaceAll('全会', i % 2 ? '全会' : '会议');
		parts.push(text);
		size += Buffer.byteLength(text) + 1;
	}
	return parts.join('\n');
}

export function writeScratch(name: string, text: string): string {
	mkdirSync(SCRATCH, {recursive: true});
	const path = join(SCRATCH, name);
	writeFileSync(path, text);
	return path;
}
