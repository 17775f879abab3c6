// The development corpus says where every report came from: each raw file has its row in
// test/corpus/MANIFEST.tsv (kind, shape, source, path or address, commit or date), and each row
// names a file that is there, so a report nobody can trace back never joins the corpus.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const KINDS = new Set([
	'municipal-plenum',
	'county-plenum',
	'provincial-plenum',
	'central-plenum',
	'discipline-plenum',
	'standing-committee',
	'npc',
	'npc-standing',
	'cppcc',
	'cppcc-standing',
	'gov-meeting',
	'state-council',
	'politburo',
	'other',
]);

test('every committed report has a manifest row naming its kind, shape and source, and every row its report', () => {
	const [header, ...rows] = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8').trimEnd().split('\n');
	assert.deepEqual(header.split('\t').slice(0, 6), ['file', 'kind', 'shape', 'source', 'path_or_url', 'commit_or_date']);
	const files = new Set(readdirSync(join(CORPUS, 'raw')));
	const listed = new Map(rows.map(row => [row.split('\t')[0], row.split('\t')]));
	assert.deepEqual(
		[...files].filter(file => !listed.has(file)),
		[],
		'reports without a row',
	);
	assert.deepEqual(
		[...listed.keys()].filter(file => !files.has(file)),
		[],
		'rows without a report',
	);
	for (const [file, fields] of listed) {
		assert.ok(KINDS.has(fields[1]), `${file}: kind ${fields[1]}`);
		assert.ok(fields[3]?.trim() && fields[4]?.trim(), `${file}: source and path or address`);
	}
});
