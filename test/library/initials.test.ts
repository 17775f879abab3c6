// The pinyin initials the index holds for a section: every run of two and three characters, each
// combination of the letters their readings begin with, in the order first met.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {initialsQuery, initialsTable, initialTokenCodes, initialTokens} from '../../source/library/initials.ts';
import {initialsPostingsOf, sectionsIn, segmentSections} from '../../source/library/initials-postings.ts';
import {sectionId} from '../../source/library/postings.ts';

// From the bundled report (data/shaoxing-2020-12-plenum.txt, its first section): 践行“八八战略”.
const STRATEGY = '八八战略';

test('a run of characters gives its pairs and triples of initials, in the order met', async () => {
	const table = await initialsTable();
	assert.equal(initialTokens(STRATEGY, STRATEGY, table), 'bb bbz bz bzl zl');
});

test('a character with two readings gives both letters (重: c and z, alphabetically), and punctuation ends a run', async () => {
	const table = await initialsTable();
	// Also data/shaoxing-2020-12-plenum.txt, its first section: 奋力打造“重要窗口”.
	assert.equal(initialTokens('“重要窗口”', '“重要窗口”', table), 'cy cyc zy zyc yc yck ck');
});

test('what one section found is not taken for seen in the next', async () => {
	const table = await initialsTable();
	initialTokens(STRATEGY, STRATEGY, table);
	assert.equal(initialTokens(STRATEGY, STRATEGY, table), 'bb bbz bz bzl zl');
});

test('a pinyin query reads back exactly the sections whose tokens can begin it, across segments and reports', async () => {
	const table = await initialsTable();
	// Both from data/shaoxing-2020-12-plenum.txt, its first section.
	const texts = ['践行“八八战略”', '奋力打造“重要窗口”'];
	// Two segments (batches of files): reports 1–2, then report 3; section ids far apart, as in the index.
	const batches = [
		[sectionId(1, 1), sectionId(1, 7), sectionId(2, 3)],
		[sectionId(3, 2), sectionId(3, 5)],
	].map(ids => ids.map((id, i) => ({id, initials: Uint16Array.from(initialTokenCodes(texts[i % 2], texts[i % 2], table))})));
	// Each row is a view the next one overwrites: copied as it comes, as SQLite copies what it binds.
	const rows: {seg: number; token: number; data: Uint8Array}[] = [];
	batches.forEach((sections, seg) => {
		for (const row of initialsPostingsOf(sections)) rows.push({seg, token: row.token, data: row.data.slice()});
	});
	const lists = batches.map(sections => segmentSections(sections.map(s => s.id)).slice());
	const read = (word: string) => {
		const tokens = initialsQuery(word, table)!;
		return sectionsIn(
			rows.filter(r => tokens.includes(r.token)),
			seg => lists[seg],
		);
	};
	// Each segment's sections alternate: 八八战略 first, then 重要窗口.
	assert.deepEqual(read('bbzl'), [sectionId(1, 1), sectionId(2, 3), sectionId(3, 2)]);
	assert.deepEqual(read('zyck'), [sectionId(1, 7), sectionId(3, 5)]);
	assert.deepEqual(read('qq'), []);
});
