// Search in a real pseudo-terminal: pinyin initials and traditional characters find 八八战略, the
// emulator shows the match highlighted and the counter, n goes to later sections and wraps, Esc
// restores the view, and `/` in the list filters it. Every frame is checked for overflow.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, type Session, type Cell} from './harness.ts';
import {readerRows, listRows, statusRow} from './panes.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

async function open(cols = 100, rows = 30): Promise<Session> {
	const s = start({cols, rows});
	sessions.push(s);
	await s.waitFor('LIST │');
	await s.idle(60);
	return s;
}

async function step(s: Session, ...keys: Parameters<Session['press']>): Promise<void> {
	await s.pressAndSettle(keys);
	s.assertClean(`after ${JSON.stringify(keys)}:`);
}

async function typeAndSettle(s: Session, text: string): Promise<void> {
	for (const ch of text) await step(s, {text: ch});
}

async function until(s: Session, check: () => boolean, what: string, timeout = 8000): Promise<void> {
	try {
		await s.waitFor(() => check(), timeout);
	} catch {
		assert.fail(`${what}; screen:\n${s.text()}`);
	}
	s.assertClean(`${what}:`);
}

const bottom = (s: Session) => statusRow(s);

/** The cells of the reader pane (right of the divider) showing `word`, read across row breaks. */
function wordCells(s: Session, word: string): Cell[][] {
	const rows = s.screen().length;
	const reader: Cell[] = [];
	for (let row = 3; row < rows - 2; row++) {
		const cells = s.cells().filter(c => c.row === row);
		const divider = cells.findIndex(c => c.char === '│');
		reader.push(...cells.slice(divider + 1).filter(c => c.char.trim() !== ''));
	}
	const text = reader.map(c => c.char).join('');
	const found: Cell[][] = [];
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push(reader.slice(at, at + word.length));
	return found;
}

const highlighted = (cells: Cell[]) => cells.every(c => c.bg !== 'default' || c.inverse);

async function searchText(query: string) {
	const s = await open();
	await step(s, 'right');
	const before = s.screen().slice(0, -2).join('\n');
	await typeAndSettle(s, '/' + query);
	// A partial query (b, bb, bbz) may count three matches already: wait for the whole query.
	await until(s, () => new RegExp(`^ / ${query} .*match 1/3`).test(bottom(s)), `no counter for /${query}`);
	const shown = wordCells(s, '八八战略');
	assert.ok(shown.length > 0, `八八战略 not on screen:\n${s.text()}`);
	assert.ok(shown.every(highlighted), '八八战略 is not highlighted');
	const [first] = shown;
	const next = s.cells().find(c => c.row === first[3].row && c.col === first[3].col + 2);
	assert.ok(next && next.char === '”' && !highlighted([next]), `the quote after the match is highlighted too: ${JSON.stringify(next)}`);

	// Enter keeps the search; n goes to later sections, then wraps with a notice.
	await step(s, 'enter');
	await until(s, () => /READER │ section 2\/12 .*match 1\/3/.test(bottom(s)), 'Enter did not keep the search in §2');
	await step(s, {text: 'n'});
	await until(s, () => /section 5\/12 .*match 2\/3/.test(bottom(s)), 'n did not go to §5');
	assert.ok(
		readerRows(s).some(r => r.startsWith('§5')),
		`§5 not in view:\n${s.text()}`,
	);
	assert.ok(wordCells(s, '八八战略').some(highlighted));
	await step(s, {text: 'n'});
	await until(s, () => /section 11\/12 .*match 3\/3/.test(bottom(s)), 'n did not go to §11');
	await step(s, {text: 'n'});
	await until(s, () => /section 2\/12 .*match 1\/3 +search wrapped to the top/.test(bottom(s)), 'n did not wrap with a notice');
	// F3 is n without a letter.
	await step(s, {text: '\x1bOR'});
	await until(s, () => /match 2\/3/.test(bottom(s)), 'F3 did not go to the next match');

	// A search cancelled with Esc leaves the view as it was before `/`.
	await step(s, 'escape');
	await until(s, () => !/match/.test(bottom(s)), 'Esc did not clear the kept search');
	const panes = () => s.screen().slice(0, -2).join('\n');
	const kept = panes();
	await typeAndSettle(s, '/' + query);
	// Searching again starts from where the reader is: the match in §5 is the first one after it.
	await until(s, () => new RegExp(`^ / ${query} .*match 2/3`).test(bottom(s)), 'the second search did not start at §5');
	await step(s, 'escape');
	await until(s, () => panes() === kept && /READER │ section 5\/12/.test(bottom(s)), 'Esc in the prompt did not restore the view');
	assert.notEqual(kept, before, 'the test should have moved the view first');
}

test('/bbzl finds 八八战略 by pinyin initials, highlighted, counted, n across sections, Esc restores', () => searchText('bbzl'));

test('/八八戰略 finds it in traditional characters the same way', () => searchText('八八戰略'));

test('in the list, / filters it and Esc clears the filter; q in the prompt is typed', async () => {
	const s = await open();
	const full = listRows(s).filter(r => /^[> ] ?\d+ /.test(r)).length;
	assert.equal(full, 12);
	await typeAndSettle(s, '/bbzl');
	await until(s, () => listRows(s).filter(r => /^[> ] ?\d+ /.test(r)).length === 3 && /filter Sections \/ bbzl +filter 3\/12/.test(bottom(s)), 'the list was not filtered to three sections');
	await step(s, 'enter');
	await until(s, () => /LIST │ .*filter 3\/12/.test(bottom(s)), 'the filter was not kept');
	assert.deepEqual(
		listRows(s).flatMap(r => /^[> ] ?(\d+) /.exec(r)?.[1] ?? []),
		['2', '5', '11'],
	);
	await step(s, 'escape');
	await until(s, () => listRows(s).filter(r => /^[> ] ?\d+ /.test(r)).length === 12 && /filter cleared/.test(bottom(s)), 'Esc did not clear the filter');
	// Letters in the prompt never act: q is text, and the app keeps running.
	await typeAndSettle(s, '/q');
	await until(s, () => /^ filter Sections \/ q/.test(bottom(s)), 'q was not typed into the prompt');
	await step(s, 'escape');
	await until(s, () => /LIST │/.test(bottom(s)), 'the prompt did not close');
});

test('F2 lists every hit with context; Enter goes to the measure in its tab', async () => {
	const s = await open();
	await step(s, 'right');
	await typeAndSettle(s, '/bbzl');
	await until(s, () => /^ \/ bbzl .*match 1\/3/.test(bottom(s)), 'no counter');
	await step(s, {text: '\x1bOQ'});
	await until(s, () => /5 places match “bbzl”/.test(s.text()), 'F2 did not list the hits');
	assert.match(s.text(), /§5 指导思想 1\. +忠实践行“八八战略”/);
	await step(s, 'down', 'down', 'down', 'enter');
	await until(s, () => /2 Measures/.test(s.screen()[2]) && /READER │ section 5\/12/.test(bottom(s)), 'Enter did not open the measure');
	assert.ok(
		listRows(s).some(r => r.startsWith('>') && r.includes('忠实践行')),
		`the measure is not selected:\n${s.text()}`,
	);
});
