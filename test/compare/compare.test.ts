// The comparison core on real report pairs (test/compare/pairs, provenance in each labels.json)
// and on real reports edited by the test, where the edit is the point.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {textFromBytes} from '../../source/load/load.ts';
import {parseReport} from '../../source/parse/index.ts';
import {compareReports} from '../../source/compare/index.ts';
import type {Report} from '../../source/model/report.ts';
import {PAIRS} from './quality.ts';

const pairFile = (pair: string, file: string) => join(PAIRS, pair, file);

async function parse(bytes: Uint8Array, name: string): Promise<Report> {
	const loaded = await textFromBytes(bytes, name);
	return parseReport(loaded.text, {pageTitle: loaded.pageTitle, pageDate: loaded.pageDate, name});
}
const parsePath = (path: string) => parse(readFileSync(path), path);
const parseEdited = (path: string, edit: (text: string) => string) => parse(Buffer.from(edit(readFileSync(path, 'utf8'))), path);

const CCDI_2023 = pairFile('01-ccdi20-2nd-3rd', 'old.txt');
const CCDI_2024 = pairFile('01-ccdi20-2nd-3rd', 'new.html');
const CEWC_2024 = pairFile('09-cewc-2023-2024', 'new.txt');

test('a report compared with itself shows no differences', async () => {
	const report = await parsePath(CCDI_2023);
	const c = compareReports(report, report);
	assert.ok(c.sentences.length > 30);
	assert.ok(c.sentences.every(s => s.op === 'same'));
	assert.deepEqual([c.terms.added, c.terms.removed, c.terms.changed], [[], [], []]);
	assert.deepEqual([c.people.added, c.people.removed, c.people.changed], [[], [], []]);
	assert.deepEqual([c.bodies.added, c.bodies.removed, c.bodies.changed], [[], [], []]);
	assert.deepEqual([c.measures.added, c.measures.removed, c.measures.changed], [[], [], []]);
	assert.equal(c.summary.similarity, 1);
});

test('two CCDI plenums a year apart: head counts, new and dropped terms, reworded formulations', async () => {
	const c = compareReports(await parsePath(CCDI_2023), await parsePath(CCDI_2024), {oldPath: 'a', newPath: 'b'});
	assert.deepEqual(c.old, {path: 'a', title: '中国共产党第二十届中央纪律检查委员会第二次全体会议公报', date: '2023-01-10', meeting: '中国共产党第二十届中央纪律检查委员会第二次全体会议'});
	assert.equal(c.new.date, '2024-01-10');
	const members = c.bodies.changed.find(b => b.name === '中央纪委委员')!;
	assert.deepEqual([members.old.count, members.new.count], [127, 132]);
	assert.ok(c.terms.added.some(t => t.term === '九个以' && t.count === 1));
	assert.ok(c.terms.removed.some(t => t.term === '四风' && t.count === 2));
	assert.ok(c.terms.kept.some(t => t.term === '两个维护' && t.old === 2 && t.new === 4));
	// 带动全系统做遵规守纪的模范 → 带动全系统做自我革命的表率、遵规守纪的标杆
	assert.ok(
		c.terms.changed.some(f => f.old.includes('遵规守纪的模范') && f.new.includes('遵规守纪的标杆')),
		'a changed formulation',
	);
	// Same seven leaders both years.
	assert.deepEqual([c.people.added, c.people.removed], [[], []]);
});

test('a one-character change in a real sentence is a changed formulation, and the only change', async () => {
	// 一年来的发展历程很不平凡 (pair 09, new.txt), edited to 极不平凡.
	const before = await parsePath(CEWC_2024);
	const after = await parseEdited(CEWC_2024, text => text.replace('很不平凡', '极不平凡'));
	const c = compareReports(before, after);
	assert.deepEqual(
		c.terms.changed.map(f => [f.old.includes('很不平凡'), f.new.includes('极不平凡')]),
		[[true, true]],
	);
	const changed = c.sentences.filter(s => s.op !== 'same');
	assert.equal(changed.length, 1);
	assert.deepEqual(
		changed[0].parts!.filter(p => p.type !== 'same'),
		[
			{type: 'removed', text: '很'},
			{type: 'added', text: '极'},
		],
	);
});

test('a moved sentence still pairs with its old self', async () => {
	// Two paragraphs of the State Council readout of 2023-06-02 (pair 12, old.txt) swapped.
	const path = pairFile('12-state-council-2023-06', 'old.txt');
	const original = readFileSync(path, 'utf8');
	const first = original.match(/<p>会议指出，新能源汽车.*?<\/p>/)![0];
	const second = original.match(/<p>会议讨论并原则通过.*?<\/p>/)![0];
	const c = compareReports(await parsePath(path), await parseEdited(path, text => text.replace(first, '\u0000').replace(second, first).replace('\u0000', second)));
	assert.ok(c.sentences.some(s => s.op === 'moved'));
	assert.ok(c.sentences.every(s => s.op === 'same' || s.op === 'moved'));
	assert.equal(c.terms.changed.length, 0);
});

test('redline parts rebuild both sentences exactly', async () => {
	const c = compareReports(await parsePath(pairFile('03-ccdi20-3rd-4th', 'old.txt')), await parsePath(pairFile('03-ccdi20-3rd-4th', 'new.txt')));
	const changed = c.sentences.filter(s => s.parts);
	assert.ok(changed.length > 5, `${changed.length} changed sentences`);
	for (const s of changed) {
		assert.equal(
			s
				.parts!.filter(p => p.type !== 'added')
				.map(p => p.text)
				.join(''),
			s.old!.text,
		);
		assert.equal(
			s
				.parts!.filter(p => p.type !== 'removed')
				.map(p => p.text)
				.join(''),
			s.new!.text,
		);
	}
});

test('a formulation quoted in one report and written plainly in the other is kept, not new', async () => {
	// “同查” is quoted only in the 2025 CCDI communiqué; the 2024 one writes 同查同治 (pair 03).
	const c = compareReports(await parsePath(pairFile('03-ccdi20-3rd-4th', 'old.txt')), await parsePath(pairFile('03-ccdi20-3rd-4th', 'new.txt')));
	assert.ok(c.terms.kept.some(t => t.term === '同查'));
	assert.ok(!c.terms.added.some(t => t.term === '同查' || t.term === '查'));
});

test('people named only inside a theory are not counted as present', async () => {
	// 19th CC 5th → 6th plenum (pair 05): 毛泽东思想 in both; 以毛泽东同志为主要代表 only in the 6th.
	const c = compareReports(await parsePath(pairFile('05-cc19-5th-6th', 'old.txt')), await parsePath(pairFile('05-cc19-5th-6th', 'new.txt')));
	assert.ok(c.people.added.some(p => p.name === '毛泽东'));
	assert.ok(!c.people.removed.some(p => p.name === '毛泽东'));
});

test('personnel changes read as people added and removed, not as formulations', async () => {
	// 20th CC 3rd → 4th plenum (pair 06): members promoted and expelled.
	const c = compareReports(await parsePath(pairFile('06-cc20-3rd-4th', 'old.txt')), await parsePath(pairFile('06-cc20-3rd-4th', 'new.txt')));
	assert.ok(c.people.removed.some(p => p.name === '秦刚'));
	assert.ok(c.people.added.some(p => p.name === '何卫东'));
	const members = c.bodies.changed.find(b => b.name === '中央委员')!;
	assert.deepEqual([members.old.count, members.new.count], [199, 168]);
	assert.ok(!c.terms.changed.some(f => /秦刚|何卫东|李尚福/.test(f.old + f.new)));
});

test('two unrelated reports: everything added or removed, nothing paired by chance', async () => {
	// A State Council meeting (pair 12) against an NPC Standing Committee session (pair 13).
	const c = compareReports(await parsePath(pairFile('12-state-council-2023-06', 'old.txt')), await parsePath(pairFile('13-npcsc14-2nd-3rd-closing', 'new.txt')));
	const paired = c.sentences.filter(s => s.old && s.new).length;
	assert.ok(paired <= 1, `${paired} pairs`);
	assert.ok(c.sentences.filter(s => s.op === 'added').length > 10);
	assert.ok(c.sentences.filter(s => s.op === 'removed').length > 10);
	assert.ok(c.summary.similarity < 0.3);
	assert.ok(c.terms.changed.length <= 1);
});

test('a short formulation swapped for another is one changed formulation, shown with its phrase', async () => {
	// 继续推进港澳工作和对台工作 (20th CC 3rd plenum, pair 06 old.txt) → 做好港澳工作和对台工作 (4th plenum,
	// pair 06 new.txt): four characters out, two in, the rest of the phrase kept.
	const c = compareReports(await parsePath(pairFile('06-cc20-3rd-4th', 'old.txt')), await parsePath(pairFile('06-cc20-3rd-4th', 'new.txt')));
	const found = c.terms.changed.filter(f => f.old.includes('继续推进港澳工作'));
	assert.equal(found.length, 1);
	assert.ok(found[0].new.includes('做好港澳工作'), found[0].new);
});

test('a list that drops its lead word (聚焦A，聚焦B…) rewords none of its items', async () => {
	// 20th CC 3rd plenum (pair 06 old.txt): 要聚焦构建高水平社会主义市场经济体制，…聚焦建设美丽中国…;
	// the 4th plenum (new.txt) names 建设美丽中国 without it.
	const c = compareReports(await parsePath(pairFile('06-cc20-3rd-4th', 'old.txt')), await parsePath(pairFile('06-cc20-3rd-4th', 'new.txt')));
	assert.ok(!c.terms.changed.some(f => f.old.startsWith('聚焦')), c.terms.changed.map(f => f.old).join(' '));
	// 一以贯之推进全面从严治党 → 纵深推进全面从严治党 / 持之以恒推进全面从严治党 is a reworded phrase.
	assert.ok(c.terms.changed.some(f => f.old.includes('一以贯之推进全面从严治党')));
});

test('what is done with a named rule is news, not a reworded formulation', async () => {
	// 修订巡视工作条例 (20th CCDI 2nd plenum, pair 01 old.txt) → 学习贯彻巡视工作条例 (3rd plenum, new.html).
	const c = compareReports(await parsePath(CCDI_2023), await parsePath(CCDI_2024));
	assert.ok(!c.terms.changed.some(f => f.old.includes('修订巡视工作条例')));
});

test('a rewritten clause is no reworded formulation', async () => {
	// 要加快建设以实体经济为支撑的现代化产业体系 (Politburo, 2023-04-28, pair 07 old.txt), edited by the test
	// to 要大力推动现代化产业体系建设 (the wording of 2023-07-24): a sentence rewritten, not a phrase reworded.
	const path = pairFile('07-politburo-2023-04-07', 'old.txt');
	const c = compareReports(await parsePath(path), await parseEdited(path, text => text.replace('要加快建设以实体经济为支撑的现代化产业体系', '要大力推动现代化产业体系建设')));
	assert.deepEqual(c.terms.changed, []);
});

test('a phrase reworded into wording the old report used elsewhere is still a changed formulation', async () => {
	// CEWC 2023 → 2024 (pair 09): the 会议强调 sentence's 着力推动高质量发展 (old.txt) became 扎实推动高质量发展
	// (new.txt), wording the 2023 report had used once, in its closing sentence.
	const c = compareReports(await parsePath(pairFile('09-cewc-2023-2024', 'old.txt')), await parsePath(CEWC_2024));
	assert.ok(
		c.terms.changed.some(f => f.old.includes('着力推动高质量发展') && f.new.includes('扎实推动高质量发展')),
		c.terms.changed.map(f => `${f.old} → ${f.new}`).join(' '),
	);
});

test("a quoted plan's number changed is not a changed term", async () => {
	// Pair 35 (central and state organs' conferences on party work, 2025 → 2026, test/compare/heldout/35-…):
	// old.txt “十四五”规划收官之年, new.txt 为实现“十五五”良好开局.
	const heldOut = join(PAIRS, '..', 'heldout', '35-central-state-organs-party-work-2025-2026');
	const c = compareReports(await parsePath(join(heldOut, 'old.txt')), await parsePath(join(heldOut, 'new.txt')));
	assert.ok(!c.terms.changed.some(f => f.old === '十四五'), JSON.stringify(c.terms.changed));
	assert.ok(
		c.terms.changed.some(f => f.old.includes('机关党建主体责任') && f.new.includes('机关党建责任制')),
		'a formulation is still found',
	);
});
