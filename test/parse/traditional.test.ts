// Traditional characters are first-class input: every report of the shared corpus, rewritten in
// traditional characters by opencc-js (cn → t), yields the same people with the same parts, the
// same bodies, leads, measures and terms — written in the characters of the text it was given.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import {corpusFiles, loadText} from '../helpers/corpus.ts';
import {parseLoaded} from '../../source/app/open.ts';
import {foldHan, loadConverter, looksTraditional} from '../../source/text/han-fold.ts';
import type {LoadedText} from '../../source/load/load.ts';
import type {Report} from '../../source/model/report.ts';

const toTraditional = OpenCC.Converter({from: 'cn', to: 't'});
const loaded = (text: string, name: string): LoadedText => ({text, name, encoding: 'utf-8', shape: 'text', pageTitle: null, pageDate: null, bytes: text.length, warnings: []});

function summary(report: Report, fold: (text: string) => string) {
	return {
		people: report.people.map(p => `${fold(p.name)} ${p.part}`).sort(),
		bodies: report.bodies.map(b => `${fold(b.name)} ${b.count} ${b.part}`).sort(),
		leads: report.sections.map(s => (s.lead ? fold(s.lead) : null)),
		measures: report.measures.map(m => fold(m.text)),
		terms: report.terms.map(t => `${fold(t.text)} ${t.count}`),
	};
}

test('a report in traditional characters reads as the same report, in its own characters', async () => {
	const convert = await loadConverter();
	const fold = (text: string) => foldHan(text, convert);
	for (const file of corpusFiles()) {
		const simplified = await loadText(file);
		const traditional = toTraditional(simplified);
		assert.ok(looksTraditional(traditional), `${file} converted is recognised as traditional`);
		const fromSimplified = await parseLoaded(loaded(simplified, file));
		const fromTraditional = await parseLoaded(loaded(traditional, file));
		// Compared in the converter's spelling: cn → t → cn does not round-trip every character (了 → 瞭).
		assert.deepEqual(
			summary(fromTraditional, fold),
			summary(fromSimplified, text => fold(toTraditional(text))),
			file,
		);
		// The model keeps the characters the reader was given.
		for (const person of fromTraditional.people) assert.ok(traditional.replace(/[\s\u3000]+/g, '').includes(person.name), `${person.name} is written as in the text`);
		for (const section of fromTraditional.sections) assert.equal(section.text, traditional.slice(section.offset, section.offset + section.text.length));
	}
});

test('simplified text is not mistaken for traditional', async () => {
	for (const file of corpusFiles()) assert.equal(looksTraditional(await loadText(file)), false, file);
});

test('a spam mirror’s readings (會(huì)議) are seen through, and what is found keeps them as written', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 99: 珠海市斗門區(qū)人民政府…; 96: 會(huì)議由大會(huì)主席團(tuán)常務(wù)主席柴金祥主持
	const doumen = await parseDev('99');
	assert.equal(doumen.people.find(p => p.name === '謝義維')?.part, 'presided');
	const tianshui = await parseDev('96');
	assert.equal(tianshui.people.find(p => p.name === '柴金祥')?.part, 'presided');
	const raw = (await import('node:fs')).readFileSync((await import('../helpers/dev-corpus.ts')).devFile('96'), 'utf8');
	for (const section of tianshui.sections) assert.equal(section.text, raw.slice(section.offset, section.offset + section.text.length));
	assert.ok(
		tianshui.sections.some(s => s.text.includes('(huì)')),
		'sections keep the readings',
	);
});

test('a reading with a space before its closing bracket (會(huì )議) is seen through as well', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 923: 出席這次全會(huì )的省委委員71名、候補委員5名。
	const fujian = await parseDev('923');
	assert.deepEqual(
		fujian.bodies.filter(b => b.count !== null).map(b => [b.name, b.count]),
		[
			['省委委員', 71],
			['候補委員', 5],
		],
	);
	// test/corpus 87: 中央政治局會(huì )議指出 — the readings stay in the text as the mirror printed them.
	assert.ok((await parseDev('87')).sections.some(s => s.text.includes('會(huì )議')));
});

test('a name with a reading printed in it is the name, and keeps the reading as written', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 117: 副主任黃東軍、雷永發(fā)、盧勝…參加會議; 28: 喬發(fā)龍 in a district plenum's attendance.
	for (const [number, name, written] of [
		['117', '雷永發', '雷永發(fā)'],
		['28', '喬發龍', '喬發(fā)龍'],
	]) {
		const person = (await parseDev(number)).people.find(p => p.name === name);
		assert.equal(person?.asWritten, written, `${number}: ${name}`);
		assert.ok(!(await parseDev(number)).people.some(p => p.name === written), `${number}: no ${written}`);
	}
});

test('in a report full of readings, a paragraph with only one or two is read without them too', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 121: 本次會議應(yīng)到委員44名,實到41名 — two readings in that paragraph, many in the report.
	const wuhan = await parseDev('121');
	assert.deepEqual(
		wuhan.bodies.map(b => [b.name, b.count]),
		[['委員', 41]],
	);
});

test('a report with only two readings is read without them too (112)', async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 112: 縣領(lǐng)導(dǎo)杜光旻、葉青…參加會議 — the report's only two readings, just before the first name.
	const person = (await parseDev('112')).people.find(p => p.name === '杜光旻');
	assert.equal(person?.part, 'attended');
});

test("a mirror's stray comma before another mark is read through, and no name takes it", async () => {
	const {parseDev} = await import('../helpers/dev-corpus.ts');
	// test/corpus 371: 副主席尹志軍、楊林,、王曉輝,、程玉梅,、… — the list reads as the report wrote it.
	const city = await parseDev('371');
	for (const name of ['楊林', '王曉輝', '程玉梅']) assert.equal(city.people.find(p => p.name === name)?.part, 'attended', name);
	// test/corpus 508: …周勝會(huì),、… — the reading goes with the name, the comma does not.
	const npc = await parseDev('508');
	assert.ok(npc.people.some(p => p.name === '周勝會') && !npc.people.some(p => p.name.endsWith(',')));
});

test('Hong Kong spellings fold as the standard ones do: 衞 is 卫 (衞小春主持, 446 in Hong Kong characters)', async () => {
	const {parseDev, devFile} = await import('../helpers/dev-corpus.ts');
	const {readFileSync} = await import('node:fs');
	const toHongKong = OpenCC.Converter({from: 'cn', to: 'hk'});
	const convert = await loadConverter();
	// 446 (报告会由卫小春主持), 699 (卫留成 presides a provincial government meeting), 145 (曹卫星 attended):
	// written in Hong Kong characters, each name read back in simplified ones is the same person, same part.
	for (const number of ['446', '699', '145']) {
		const simplified = await parseDev(number);
		const hongKong = await parseLoaded(loaded(toHongKong(readFileSync(devFile(number), 'utf8')), devFile(number)));
		assert.ok(
			hongKong.people.some(p => p.name.includes('衞')),
			`${number} is written with 衞`,
		);
		assert.deepEqual(hongKong.people.map(p => `${foldHan(p.name, convert)} ${p.part}`).sort(), simplified.people.map(p => `${p.name} ${p.part}`).sort(), number);
	}
});
