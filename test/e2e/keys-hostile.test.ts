// Key sequences that ended the browser ("unexpected error", exit 70), each found by the key fuzz
// test: a Ctrl-modified sequence Ink has no name for (ESC[5J, ESC[1;5G, Ctrl+F1…F4), and any
// character of two code units (an emoji) typed in the list, which the router split into itself
// for ever. Each is now ignored or taken as text, and the browser goes on.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, type Session} from './harness.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

const SEQUENCES: [string, string][] = [
	['ESC[5J', '\x1b[5J'],
	['ESC[1;5G', '\x1b[1;5G'],
	['Ctrl+F1', '\x1b[1;5P'],
	['Ctrl+F4', '\x1b[1;5S'],
	['an emoji', '😀'],
	['a flag', '🇨🇳'],
	['an emoji pasted', '\x1b[200~😀👨‍👩‍👧\x1b[201~'],
];

test('unnamed sequences and two-unit characters are ignored in every mode', async () => {
	const s = start({cols: 100, rows: 30, args: []});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	// The list, the reader, the help, the search prompt and the pipe prompt.
	for (const [mode, enter, leave] of [
		['list', '', ''],
		['reader', '\r', '\x1b'],
		['help', '?', '\x1b'],
		['search', '/', '\x1b\x1b'],
		['pipe prompt', '|', '\x1b'],
	] as const) {
		if (enter) await s.pressAndSettle([{text: enter}]);
		for (const [name, sequence] of SEQUENCES) {
			await s.press({text: sequence});
			await s.idle(40);
			assert.equal(s.altScreen, true, `${name} in the ${mode}: the browser ended`);
			assert.doesNotMatch(s.output, /unexpected error/, `${name} in the ${mode}`);
		}
		if (leave) await s.pressAndSettle([{text: leave}]);
	}
	await s.pressAndSettle(['down']);
	await s.waitFor(/LIST │ section \d+\/12/);
	await s.press({text: 'q'});
	assert.equal((await s.exited).exitCode, 0);
});
