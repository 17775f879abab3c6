// Large inputs made from the labelled corpus: the parser and search are measured on many reports.
import {readdirSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {textFromBytes} from '../source/load/load.ts';
import {ROOT, SCRATCH} from './root.ts';

export {ROOT, SCRATCH};
const RAW = join(ROOT, 'test', 'fixtures', 'corpus', 'raw');

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

/**
 * One report of about `megabytes` MB of body text: the bundled report's headline, source and
 * dateline, then the corpus reports' sentence paragraphs over and over. Where bigReport is many
 * pages run together (the parser keeps the first as the report and the rest as the page's
 * footer), this is one long report: every paragraph a section the browser lays out and lists.
 */
export async function bodyReport(megabytes: number): Promise<string> {
	const head = readFileSync(join(ROOT, 'data', 'shaoxing-2020-12-plenum.txt'), 'utf8')
		.split('\n')
		.slice(0, 9)
		.join('\n');
	const paragraphs = (await corpusTexts()).flatMap(text =>
		text
			.split('\n')
			.map(line => line.trim())
			.filter(line => line.length >= 30 && /[。！？]$/u.test(line) && !/编|审/u.test(line.slice(-12))),
	);
	const parts = [head];
	let size = Buffer.byteLength(head);
	for (let i = 0; size < megabytes * 1024 * 1024; i++) {
		const paragraph = paragraphs[i % paragraphs.length];
		parts.push(paragraph);
		size += Buffer.byteLength(paragraph) + 2;
	}
	return parts.join('\n\n');
}
