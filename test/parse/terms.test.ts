import {test} from 'node:test';
import assert from 'node:assert/strict';
import {BUNDLED, corpusFile, gold, parseFile} from '../helpers/corpus.ts';
import {parseDev} from '../helpers/dev-corpus.ts';

test('quoted formulations in order of first appearance, with counts and sections', async () => {
	const {terms, sections} = await parseFile(BUNDLED);
	assert.deepEqual(
		terms.map(t => t.text),
		gold('00').terms,
	);
	const bbzl = terms.find(t => t.text === '八八战略')!;
	assert.equal(bbzl.count, 3);
	for (const id of bbzl.sections) assert.ok(sections.find(s => s.id === id)!.text.includes('“八八战略”'));
});

test('corner-bracket quotes count as terms too', async () => {
	const {terms} = await parseFile(corpusFile('02'));
	assert.ok(terms.length > 10);
	assert.ok(terms.every(t => t.count >= 1 && !/[“”「」]/.test(t.text)));
});

test('a quoted name in the page’s date or source line is no term: 2020-01-25 19:58:15 來源: 新華社“新華視點”微博 (354)', async () => {
	const report = await parseDev('354');
	assert.ok(!report.terms.some(t => t.text === '新華視點'), report.terms.map(t => t.text).join(' / '));
	// A headline's quoted words still count (51: 【“两会”动态】).
	assert.ok((await parseDev('51')).terms.some(t => t.text === '两会'));
});

test('straight quotes a crawl or an outlet wrote for “” quote terms too, where they pair up and hold words', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// 145: …“三个代表”重要思想 written "三个代表"; 588 (Deutsche Welle): 展望维持在"稳定"… 评级"Aa3"
	assert.ok((await parseDev('145')).terms.some(t => t.text === '三个代表'));
	const dw = (await parseDev('588')).terms.map(t => t.text);
	for (const term of ['稳定', 'Aa3', '以科技创新引领现代化产业体系建设']) assert.ok(dw.includes(term), term);
	// 607: an image's source left in the page text (<image>data:image/s3,"s3://crabby-images/…" alt="") is no term.
	assert.ok(!(await parseDev('607')).terms.some(t => t.text.startsWith('s3:')));
});

test('half-width corner brackets quote as 「」 do: ｢內奸｣, ｢幕後金主｣ (799, RTHK)', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	const terms = (await parseDev('799')).terms.map(t => t.text);
	assert.ok(terms.includes('內奸') && terms.includes('幕後金主'), terms.join('|'));
});
