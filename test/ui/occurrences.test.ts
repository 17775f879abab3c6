// Where a name occurs is one answer, shared by the parser (a person's sections), the reader's
// highlights and what copy, pipe and save take for a person: 习近平 at the start of
// 习近平新时代中国特色社会主义思想 is the doctrine, not the person. Sentences from the bundled
// report (data/shaoxing-2020-12-plenum.txt).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseFile, BUNDLED} from '../helpers/corpus.ts';
import {focusedText} from '../../source/ui/view/focused-text.ts';
import {documentFor} from '../../source/ui/view/documents.ts';
import {buildView} from '../../source/ui/view/view.ts';
import {occurrencesOf} from '../../source/parse/lexicon/occurrences.ts';

test('a name starting a doctrine’s name is not an occurrence of the person, in simplified or traditional text', () => {
	const doctrine = '全会以习近平新时代中国特色社会主义思想为指导';
	assert.deepEqual(occurrencesOf(doctrine, ['习近平'], {names: true}), []);
	assert.equal(occurrencesOf(doctrine, ['习近平']).length, 1, 'a term search still finds the characters');
	assert.deepEqual(occurrencesOf('全會以習近平新時代中國特色社會主義思想為指導', ['習近平'], {names: true}), []);
	assert.equal(occurrencesOf('习近平总书记强调', ['习近平'], {names: true}).length, 1);
});

test('the parser, the reader and copy agree on where 习近平 occurs in the bundled report', async () => {
	const report = await parseFile(BUNDLED);
	const index = report.people.findIndex(p => p.name === '习近平');
	assert.ok(index >= 0);
	const person = report.people[index];
	const doctrineOnly = report.sections.filter(s => s.text.includes('习近平新时代') && occurrencesOf(s.text, ['习近平'], {names: true}).length === 0).map(s => s.id);
	assert.ok(doctrineOnly.length > 0, 'the bundled report names the doctrine in a section that does not name the person');
	for (const id of doctrineOnly) assert.ok(!person.sections.includes(id), `parser: §${id}`);
	const copied = focusedText(report, {kind: 'person', index});
	for (const id of doctrineOnly) assert.ok(!copied.text.includes(`§${id}\t`), `copy: §${id}`);
	const doc = documentFor(buildView(report), {kind: 'person', index});
	for (const hit of doc.hits) assert.ok(!doc.blocks[hit.block].text.slice(hit.end).startsWith('新时代'), 'reader highlights a doctrine');
	assert.deepEqual([...new Set(doc.blocks.filter(b => b.kind === 'text' && b.section).map(b => b.section))].sort(), [...person.sections].filter(s => s > 0).sort());
});
