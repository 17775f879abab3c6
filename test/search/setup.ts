// The bundled report and its search index, shared by the search tests, and helpers that say
// what a hit matched in words a failing assertion can show.
import {BUNDLED, parseFile} from '../helpers/corpus.ts';
import {createIndex, search, type Hit, type SearchOptions} from '../../source/search/index.ts';
import type {Report} from '../../source/model/report.ts';

export const bundled: Report = await parseFile(BUNDLED);
export const bundledIndex = await createIndex(bundled);

/** The original characters each range of each hit covers. */
export function matched(hits: readonly Hit[]): string[] {
	return hits.flatMap(hit => hit.ranges.map(r => hit.text.slice(r.start, r.end)));
}

/** `kind id` for each hit, e.g. `section 2`. */
export function places(hits: readonly Hit[]): string[] {
	return hits.map(hit => `${hit.kind} ${hit.id}`);
}

export function find(query: string, options?: SearchOptions): Hit[] {
	return search(bundledIndex, query, options);
}

/** Sections of the bundled report whose text holds `literal`, as `section N`. */
export function sectionsWith(literal: string): string[] {
	return bundled.sections.filter(s => s.text.includes(literal)).map(s => `section ${s.id}`);
}
