// The ? help in a pseudo-terminal: every binding's text is there whole at 80 columns (wrapped under
// its own column, never cut), and the help scrolls to its last row.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, type Session} from './harness.ts';
import {statusRow} from './panes.ts';
import {KEYMAP} from '../../source/ui/input/keymap.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

test('at 80×24 the help wraps each line, and scrolling shows every binding whole', async () => {
	const s = start({cols: 80, rows: 24});
	sessions.push(s);
	await s.waitForBrowser();
	await s.pressAndSettle([{text: '?'}]);
	await s.waitFor(() => /HELP │/.test(statusRow(s)));
	const seen = new Set<string>();
	let last = '';
	for (let page = 0; page < 12; page++) {
		const body = s.screen().slice(3, s.rows - 2);
		if (body.join('\n') === last) break;
		last = body.join('\n');
		s.assertClean(`help page ${page}`);
		assert.ok(!body.some(row => row.includes('…')), `a help line is cut:\n${s.text()}`);
		body.forEach(row => seen.add(row.trim()));
		await s.pressAndSettle(['pageDown']);
	}
	// Each binding's text read across the rows it wraps to.
	const all = [...seen].join(' ').replace(/\s+/g, ' ');
	for (const binding of KEYMAP.filter(b => b.modes.includes('normal'))) {
		const words = binding.help.split(/\s+/).join(' ');
		assert.ok(all.includes(words.slice(0, 30)) && all.includes(words.slice(-20)), `“${binding.help}” is not shown whole`);
	}
	await s.press('escape');
	await s.press({text: 'q'});
	await s.exited;
});
