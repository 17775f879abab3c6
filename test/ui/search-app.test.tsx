// Search in a live app (ink-testing-library): the keys reach the input router the way a terminal
// sends them, and the index is built on the first `/`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import {makeView} from './fixture.ts';
import {App} from '../../source/ui/components/App.tsx';
import {displayWidth} from '../../source/text/width.ts';
import {frameMatching, keys} from './live.ts';
import {TerminalInput} from '../../source/ui/terminal/input.ts';

test('the prompt takes q as text, F3 walks matches, Esc brings the view back', async () => {
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<App input={stdin} view={makeView()} size={{cols: 80, rows: 24}} colour={false} />);
	await frameMatching(lastFrame, /LIST │ section 1\/5/);
	// `/` and the query in one read, as a paste or a fast typist over SSH sends them.
	await keys(stdin, '\x1b[C', '/q');
	await frameMatching(lastFrame, / \/ q/);
	await keys(stdin, '\x7f', 'z', 'y', 'c', 'k');
	let frame = await frameMatching(lastFrame, / \/ zyck +match 1\/2/);
	for (const line of frame.split('\n')) assert.ok(displayWidth(line) <= 80, line);
	await keys(stdin, '\r');
	await frameMatching(lastFrame, /READER │ section 2\/5 .*match 1\/2/);
	await keys(stdin, '\x1bOR');
	await frameMatching(lastFrame, /READER │ section 5\/5 .*match 2\/2/);
	await keys(stdin, '\x1bOR');
	await frameMatching(lastFrame, /match 1\/2 +search wrapped to the top/);
	// A second search, cancelled: the view is the one before it, the kept search still on.
	await keys(stdin, '/', 'x', 'x');
	await frameMatching(lastFrame, / \/ xx +no match/);
	await keys(stdin, '\x1b');
	frame = await frameMatching(lastFrame, /READER │ section 2\/5 .*match 1\/2/);
	assert.ok(!frame.includes('/ xx'));
	unmount();
});

test('the help lists the search keys', async () => {
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<App input={stdin} view={makeView()} size={{cols: 100, rows: 60}} colour={false} />);
	await frameMatching(lastFrame, /LIST/);
	await keys(stdin, '?');
	const frame = await frameMatching(lastFrame, /HELP │/);
	assert.match(frame, /Search/);
	assert.match(frame, /\/ 、 ／ +search the text \(汉字 繁體 pinyin\); list: filter it/);
	assert.match(frame, /n F3 +next match/);
	assert.match(frame, /N Shift-F3 +previous match/);
	assert.match(frame, /F2 Ctrl-F +list every hit/);
	assert.match(frame, /Esc +cancel the prompt; later, Esc clears the filter or search/);
	unmount();
});
