// The development corpus (test/corpus): real reports of many genres and page shapes, each with
// its hand-made label. Tests name the report a sentence comes from by its number.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseFile} from './corpus.ts';
import type {Report} from '../../source/model/report.ts';

export const DEV_RAW = join(import.meta.dirname, '..', 'corpus', 'raw');

/** The development-corpus file whose name starts with `number` (e.g. '45'). */
export function devFile(number: string): string {
	const name = readdirSync(DEV_RAW).find(file => file.startsWith(`${number}-`));
	if (!name) throw new Error(`no report ${number} in test/corpus`);
	return join(DEV_RAW, name);
}

export const parseDev = (number: string): Promise<Report> => parseFile(devFile(number));

/** One line of a report's raw file, as written: a real sentence to build a test on. */
export function devLine(number: string, containing: string): string {
	const line = readFileSync(devFile(number), 'utf8')
		.split(/\r?\n/u)
		.find(l => l.includes(containing));
	if (!line) throw new Error(`report ${number} has no line with ${containing}`);
	return line.trim();
}
