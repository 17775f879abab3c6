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
