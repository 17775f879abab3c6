// The library as bulk-index lines for OpenSearch or Elasticsearch (`_bulk`): for each report an
// action line and a report document, then an action line and a document per section. Ids are
// stable (a hash of the path), so loading the file again updates rather than duplicates.
import {createHash} from 'node:crypto';
import type {IndexedLibrary} from './index.ts';
// The model's unpacking brings the parser's modules (record.ts): this module loads only for an export.
import {unpackModel} from './record.ts';

export interface NdjsonOptions {
	/** The index the action lines name. */
	index?: string;
}

function idOf(path: string): string {
	return createHash('sha1').update(path).digest('hex').slice(0, 20);
}

/** Yields the lines, newest report first, each without its newline. */
export function* ndjsonLines(library: IndexedLibrary, options: NdjsonOptions = {}): Generator<string> {
	const index = options.index ?? 'plenum';
	for (const row of library.reports()) {
		const report = unpackModel(library.store.model(row.id), library.store.sectionTexts(row.id));
		const id = idOf(row.path);
		yield JSON.stringify({index: {_index: index, _id: id}});
		yield JSON.stringify({
			type: 'report',
			path: row.path,
			hash: row.hash,
			copy_of: row.copyOf,
			date: row.date,
			year: row.date ? Number(row.date.slice(0, 4)) : null,
			title: row.title,
			meeting: row.meeting,
			series: row.series,
			source: report.meta.source,
			people: report.people.map(p => ({name: p.name, part: p.part, roles: p.roles})),
			bodies: report.bodies.map(b => ({name: b.name, count: b.count, part: b.part})),
			terms: report.terms.map(t => t.text),
			sections: report.sections.length,
			text: report.sections.map(s => s.text).join('\n'),
		});
		for (const s of report.sections) {
			yield JSON.stringify({index: {_index: index, _id: `${id}-${s.id}`}});
			yield JSON.stringify({type: 'section', report_id: id, path: row.path, date: row.date, title: row.title, series: row.series, section: s.id, lead: s.lead, text: s.text});
		}
	}
}
