// The postings of character bigrams (source/library/postings.ts) against a brute-force count: every
// line of every corpus report (test/fixtures/corpus/raw) as a section, folded as the index folds it,
// written as two segments; a word's places from the postings must be exactly indexOf's, leftmost
// and without overlap, for words chosen by hand and for words cut from the reports themselves.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {libraryFolder} from '../../source/library/fold.ts';
import {gramsOf, postingsOf, reportOfSection, sectionId, wordMatches, type GramRow} from '../../source/library/postings.ts';
import {corpusFiles, loadText} from '../helpers/corpus.ts';

const fold = await libraryFolder();
const sections: {id: number; folded: string}[] = [];
for (const [report, file] of corpusFiles().entries()) {
	const lines = (await loadText(file)).split('\n');
	lines.forEach((line, i) => sections.push({id: sectionId(report + 1, i + 1), folded: fold(line)}));
}

// Two segments, as two batches of files make: a bigram's rows of both, in order.
const half = sections.findIndex(s => reportOfSection(s.id) > 5);
const segments = [sections.slice(0, half), sections.slice(half)].map(part => Array.from(postingsOf(part), row => ({gram: row.gram, data: row.data.slice()})));
const byGram = new Map<number, Uint8Array[]>();
for (const rows of segments) for (const {gram, data} of rows as GramRow[]) byGram.set(gram, [...(byGram.get(gram) ?? []), data]);
const postings = {blobs: (gram: number) => byGram.get(gram) ?? [], size: (gram: number) => (byGram.get(gram) ?? []).reduce((n, b) => n + b.length, 0)};

function bruteForce(word: string, live: (id: number) => boolean): {id: number; starts: number[]}[] {
	const out: {id: number; starts: number[]}[] = [];
	for (const {id, folded} of sections) {
		if (!live(id)) continue;
		const starts: number[] = [];
		for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) starts.push(at);
		if (starts.length > 0) out.push({id, starts});
	}
	return out;
}

function places(word: string, live: (id: number) => boolean = () => true): {id: number; starts: number[]}[] {
	const found = wordMatches(word, gramsOf(word)!, postings, live);
	return Array.from(found.ids.subarray(0, found.sections), (id, i) => ({id, starts: [...found.starts.subarray(found.from[i], found.from[i + 1])]}));
}

test('a word is found from the postings exactly where indexOf finds it in the folded text', () => {
	// 改革 and 全会 two characters; 全面从严治党 (02, 07, 09, 15); 八八戰略 traditional, folded to
	// 八八战略 (00, 04); 00 overlaps itself in 近3000名 (13); ２０２４ full width, folded to digits.
	for (const query of ['改革', '全会', '全面从严治党', '八八戰略', '00', '２０２４', '中国式现代化', '十四届全国人大']) {
		const word = fold(query);
		const expected = bruteForce(word, () => true);
		assert.ok(expected.length > 0, `${query} occurs in the corpus`);
		assert.deepEqual(places(word), expected, query);
	}
});

test('words cut from every report at every 97th character are found exactly where they are', () => {
	let checked = 0;
	for (const {folded} of sections) {
		for (let at = 0; at < folded.length; at += 97) {
			for (const length of [2, 3, 5, 8]) {
				const word = folded.slice(at, at + length);
				if (word.length < length || gramsOf(word) === null) continue;
				assert.deepEqual(
					places(word),
					bruteForce(word, () => true),
					word,
				);
				checked++;
			}
		}
	}
	assert.ok(checked > 500, `${checked} words checked`);
});

test('sections of a report no longer in the index are left out', () => {
	const gone = reportOfSection(places('全面从严治党')[0].id);
	const live = (id: number) => reportOfSection(id) !== gone;
	assert.deepEqual(places('全面从严治党', live), bruteForce('全面从严治党', live));
	assert.ok(places('全面从严治党', live).length < places('全面从严治党').length);
});

test('a word with a character the bigrams do not hold, or of one character, is not answered from the postings', () => {
	// “重要窗口” with its quotation marks (00), and 党 alone.
	assert.equal(gramsOf(fold('“重要窗口”')), null);
	assert.equal(gramsOf('党'), null);
	assert.deepEqual(gramsOf('改革')?.length, 1);
});

test('a batch whose bigrams outgrow the table is posted as one that fits it', () => {
	// More distinct bigrams than any batch above (characters drawn from 2,000 at random), so the
	// table grows while it counts them; the second time it starts at the size it reached.
	let seed = 1;
	const char = () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 2000));
	const many = Array.from({length: 300}, (_, i) => ({id: sectionId(1, i + 1), folded: Array.from({length: 1000}, char).join('')}));
	const rows = () => Array.from(postingsOf(many), row => `${row.gram}:${Buffer.from(row.data).toString('hex')}`);
	assert.deepEqual(rows(), rows());
});
