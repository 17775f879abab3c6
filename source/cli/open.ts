// Opens what the user named — a file, stdin, or the bundled report — as a parsed report.
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Report} from '../model/report.ts';
import {parseReport} from '../parse/index.ts';
import {readBytes, textFromBytes, type LoadedText} from '../load/load.ts';

/** data/ sits beside dist/ once built, and beside source/ when run from TypeScript. */
export function bundledReportPath(): string {
	const here = dirname(fileURLToPath(import.meta.url));
	for (const up of ['..', '../..', '../../..']) {
		const candidate = join(here, up, 'data', 'shaoxing-2020-12-plenum.txt');
		if (existsSync(candidate)) return candidate;
	}
	return join(here, '..', 'data', 'shaoxing-2020-12-plenum.txt');
}

export interface OpenedReport {
	loaded: LoadedText;
	report: Report;
}

export function openReport(path: string | undefined, encoding?: string): OpenedReport {
	const name = path ?? bundledReportPath();
	const loaded = textFromBytes(readBytes(name), name, encoding);
	return {loaded, report: parseReport(loaded.text, {pageTitle: loaded.pageTitle, name})};
}
