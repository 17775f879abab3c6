// The library groups reports by series, from the meeting's name and the title, folded as the
// index is: a report in traditional characters joins the series its simplified twin would.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {IndexedLibrary} from '../../source/library/index.ts';
import {devFile} from '../helpers/dev-corpus.ts';
import {cacheEnv, corpusFile, noSqlite, tempDir} from './helpers.ts';

test('reports are grouped by series, traditional characters as simplified ones', {skip: noSqlite}, async () => {
	const dir = tempDir();
	const files = {
		// 全國政協十四屆二次會議 (59) and 省政協 (45) are both CPPCC; 全國人大常委會 (78, simplified) an NPC standing committee.
		'59.txt': devFile('59'),
		'45.txt': devFile('45'),
		'78.txt': devFile('78'),
		// The CCDI's plenum names the Central Committee too (shared 02).
		'02.txt': corpusFile('02'),
	};
	for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, name));
	const library = await IndexedLibrary.open(dir, cacheEnv());
	try {
		const series = Object.fromEntries(library.reports().map(r => [basename(r.path), r.series]));
		assert.deepEqual(series, {'02.txt': 'ccdi', '45.txt': 'cppcc', '59.txt': 'cppcc', '78.txt': 'npc-standing'});
	} finally {
		library.close();
	}
});
