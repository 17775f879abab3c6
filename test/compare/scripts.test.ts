// Reports compared across scripts: a traditional reprint (614, 中央社) or a mirror printing readings
// after its characters (116) held against the same text in plain simplified characters.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {textFromBytes} from '../../source/load/load.ts';
import {parseLoaded} from '../../source/app/open.ts';
import {compareAcrossScripts, compareReports} from '../../source/compare/index.ts';
import {summaryLine} from '../../source/compare/render.ts';
import {compareItems} from '../../source/ui/compare-view/items.ts';
import {foldHan, loadConverter} from '../../source/text/han-fold.ts';
import {withoutReadings} from '../../source/text/folding.ts';
import type {Report} from '../../source/model/report.ts';
import {devFile} from '../helpers/dev-corpus.ts';

const convert = await loadConverter();
const simplified = (text: string) => withoutReadings(foldHan(text, convert));

async function parseText(text: string, name: string): Promise<Report> {
	return parseLoaded(await textFromBytes(Buffer.from(text), name));
}

const TRADITIONAL = readFileSync(devFile('614'), 'utf8');
const READINGS = readFileSync(devFile('116'), 'utf8');

test('a traditional reprint held against the same text in simplified characters shows no differences', async () => {
	const [older, newer] = [await parseText(simplified(TRADITIONAL), 'mainland.html'), await parseText(TRADITIONAL, 'reprint.html')];
	// Character for character, every sentence differs and names come and go (李强 / 李強).
	const literal = compareReports(older, newer);
	assert.ok(literal.sentences.some(s => s.op !== 'same'));
	const c = await compareAcrossScripts(older, newer);
	assert.deepEqual(c.readInSimplified, ['new']);
	assert.ok(c.sentences.length > 5 && c.sentences.every(s => s.op === 'same'));
	assert.deepEqual([c.people.added, c.people.removed, c.terms.added, c.terms.removed, c.terms.changed], [[], [], [], [], []]);
	assert.match(summaryLine(c), /NEW read in simplified characters/);
});

test('a mirror printing readings after its characters is read without them', async () => {
	const [older, newer] = [await parseText(READINGS, 'mirror.txt'), await parseText(simplified(READINGS), 'plain.txt')];
	const c = await compareAcrossScripts(older, newer);
	assert.deepEqual(c.readInSimplified, ['old']);
	assert.ok(c.sentences.every(s => s.op === 'same'));
	assert.deepEqual([c.people.added, c.people.removed], [[], []]);
});

test('two reports written alike are compared as written', async () => {
	const report = await parseText(TRADITIONAL, 'reprint.html');
	const c = await compareAcrossScripts(report, report);
	assert.equal(c.readInSimplified, undefined);
	assert.doesNotMatch(summaryLine(c), /simplified/);
});

test('a difference on the side read in simplified characters opens at its place in the text as written', async () => {
	// The mainland text naming another premier: 李強 is new in the reprint.
	const older = await parseText(simplified(TRADITIONAL).replaceAll('李强', '李克强'), 'mainland.html');
	const newer = await parseText(TRADITIONAL, 'reprint.html');
	const c = await compareAcrossScripts(older, newer);
	const added = c.people.added.find(p => p.name === '李强');
	assert.ok(added, JSON.stringify(c.people.added));
	const items = compareItems(c, {old: older, new: newer, readInSimplified: {sides: ['new'], convert}});
	const place = items.attendees.find(item => item.mark === '+' && item.new?.some(run => run.text.includes('李强')))?.newPlace;
	assert.ok(place);
	const section = newer.sections.find(s => s.id === place.section)!;
	assert.equal(section.text.slice(place.offset, place.offset + 2), '李強');
});
