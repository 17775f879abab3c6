// { and } in a pseudo-terminal: every section of the report is reached both ways, the last ones
// too (they fit on one screen, so the reader cannot scroll each to the top), and the status bar
// names the section the reader shows.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, type Session} from './harness.ts';
import {readerRows, statusRow, listRows} from './panes.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

async function until(s: Session, check: () => boolean, what: string): Promise<void> {
	try {
		await s.waitFor(() => check(), 8000);
	} catch {
		assert.fail(`${what}; screen:\n${s.text()}`);
	}
}

const sectionOf = (s: Session) => Number(/section (\d+)\/12/.exec(statusRow(s))?.[1]);

for (const [cols, rows] of [
	[80, 24],
	[120, 40],
] as const) {
	test(`${cols}×${rows}: } walks §1 to §12 and { walks back to §1, the status naming each`, async () => {
		const s = start({cols, rows});
		sessions.push(s);
		await s.waitForBrowser();
		await s.pressAndSettle(['right']);
		await until(s, () => /READER │ section 1\/12/.test(statusRow(s)), 'the reader does not start at §1');
		for (let n = 2; n <= 12; n++) {
			await s.press({text: '}'});
			await until(s, () => sectionOf(s) === n, `} did not reach §${n}`);
			assert.ok(
				readerRows(s).some(r => r.startsWith(`§${n}`)),
				`§${n}'s title is not on screen while the status names it:\n${s.text()}`,
			);
			assert.ok(
				listRows(s).some(r => new RegExp(`^> ?${n} `).test(r)),
				`§${n} is not selected in the list:\n${s.text()}`,
			);
		}
		await s.press({text: '}'});
		await until(s, () => /No later section/.test(statusRow(s)) && sectionOf(s) === 12, 'after §12, } should say there is none');
		for (let n = 11; n >= 1; n--) {
			await s.press({text: '{'});
			await until(s, () => sectionOf(s) === n, `{ did not reach §${n}`);
			assert.ok(
				readerRows(s).some(r => r.startsWith(`§${n}`)),
				`§${n}'s title is not on screen while the status names it:\n${s.text()}`,
			);
		}
		await s.press({text: '{'});
		await until(s, () => /No earlier section/.test(statusRow(s)), 'before §1, { should say there is none');
		await s.press({text: 'q'});
		await s.exited;
	});
}

test(': opens a prompt; :12 Enter reads §12, full-width ：５ too; a number past the end is said so', async () => {
	const s = start({cols: 100, rows: 30});
	sessions.push(s);
	await s.waitForBrowser();
	await s.pressAndSettle([{text: '4'}]);
	await s.press({text: ':'});
	await until(s, () => /Go to section \(1–12\):/.test(statusRow(s)), ': did not open the prompt');
	await s.type('12');
	await s.press('enter');
	await until(s, () => /READER │ section 12\/12/.test(statusRow(s)) && /1 Sections/.test(s.screen()[2]), ':12 did not go to §12');
	assert.ok(
		readerRows(s).some(r => r.startsWith('§12')),
		`§12 is not in the reader:\n${s.text()}`,
	);
	assert.ok(
		listRows(s).some(r => /^> ?12 /.test(r)),
		`§12 is not selected:\n${s.text()}`,
	);
	await s.press({text: '：'});
	await s.type('５');
	await s.press('enter');
	await until(s, () => /READER │ section 5\/12/.test(statusRow(s)) && readerRows(s)[0].startsWith('§5'), '：５ did not go to §5');
	await s.press({text: ':99\r'});
	await until(s, () => /No section 99: the report has 12 sections/.test(statusRow(s)), ':99 did not say there is no such section');
	await s.press({text: 'q'});
	await s.exited;
});
