// The labelled corpora plenum is scored on, read and parsed in this process: the development
// corpus in test/corpus and the copy of the shared corpus in test/fixtures/corpus.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {basename, extname, join} from 'node:path';
import {textFromBytes} from '../../source/load/load.ts';
import {parseLoaded} from '../../source/app/open.ts';
import {FIELDS, score, type Gold, type Scores} from './metrics.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export const CORPORA = {
	dev: join(ROOT, 'test', 'corpus'),
	shared: join(ROOT, 'test', 'fixtures', 'corpus'),
} as const;
export type CorpusName = keyof typeof CORPORA;

export const BASELINE = join(CORPORA.dev, 'baseline.json');

export interface Labelled {
	/** `dev/21-slug` or `shared/02-ccdi20-3rd-plenum`. */
	id: string;
	raw: string;
	gold: Gold;
}

export function labelled(only = ''): Labelled[] {
	const out: Labelled[] = [];
	for (const [name, dir] of Object.entries(CORPORA)) {
		const goldDir = join(dir, 'gold');
		const rawDir = join(dir, 'raw');
		if (!existsSync(goldDir) || !existsSync(rawDir)) continue;
		const raws = readdirSync(rawDir);
		for (const file of readdirSync(goldDir)
			.filter(f => f.endsWith('.json'))
			.sort()) {
			const stem = basename(file, '.json');
			const raw = raws.find(r => basename(r, extname(r)) === stem);
			const id = `${name}/${stem}`;
			if (!raw || (only && !id.includes(only))) continue;
			out.push({id, raw: join(rawDir, raw), gold: JSON.parse(readFileSync(join(goldDir, file), 'utf8'))});
		}
	}
	return out;
}

export interface Scored {
	id: string;
	scores: Scores;
	error?: string;
}

/** Loads and parses a report as `plenum --json FILE` does, and scores it against its gold. */
export async function scoreReport(entry: Labelled): Promise<Scored> {
	try {
		const loaded = await textFromBytes(readFileSync(entry.raw), entry.raw);
		const report = await parseLoaded(loaded);
		return {id: entry.id, scores: score(report, entry.gold)};
	} catch (error) {
		return {id: entry.id, scores: Object.fromEntries(FIELDS.map(k => [k, 0])) as Scores, error: String(error)};
	}
}

export type Baseline = Record<string, Scores>;

export function readBaseline(): Baseline {
	return existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : {};
}

/** Scores rounded so that a baseline written today compares equal tomorrow. */
export const rounded = (scores: Scores): Scores => Object.fromEntries(FIELDS.map(k => [k, Math.round(scores[k] * 10000) / 10000])) as Scores;
