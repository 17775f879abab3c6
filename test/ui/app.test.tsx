import {test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import {makeView} from './fixture.ts';
import {App} from '../../source/ui/components/App.tsx';
import {displayWidth} from '../../source/text/width.ts';
import {frameMatching, keys} from './live.ts';
import {TerminalInput} from '../../source/ui/terminal/input.ts';

test('keys walk the tabs and the list in a live app', async () => {
	const view = makeView();
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<App input={stdin} view={view} size={{cols: 80, rows: 24}} colour={false} />);
	await frameMatching(lastFrame, /LIST │ section 1\/5/);
	await keys(stdin, 'j');
	await frameMatching(lastFrame, />2 全会指出/);
	await keys(stdin, '2');
	await frameMatching(lastFrame, /> 1\. 确保经济实力/);
	await keys(stdin, '\t');
	await frameMatching(lastFrame, /Present \(2\)/);
	await keys(stdin, '\x1b[Z', '\x1b[Z', '\x1b[Z');
	await frameMatching(lastFrame, /“重要窗口” ×2/);
	await keys(stdin, '\r');
	const frame = await frameMatching(lastFrame, /READER │ section 2\/5 .*hit 1\/2/);
	for (const line of frame.split('\n')) assert.ok(displayWidth(line) <= 80, line);
	unmount();
});

test('? shows the help drawn from the keymap, and Esc returns to the panes', async () => {
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<App input={stdin} view={makeView()} size={{cols: 80, rows: 24}} colour={false} />);
	await frameMatching(lastFrame, /LIST/);
	await keys(stdin, '?');
	await frameMatching(lastFrame, /HELP │[\s\S]*/);
	assert.match(lastFrame() ?? '', /Space PgDn +reader: page down/);
	await keys(stdin, '\x1b');
	await frameMatching(lastFrame, /LIST │/);
	unmount();
});

test('a new size reflows the frame, and a too-small one shows the notice until it grows', async () => {
	const view = makeView();
	const {rerender, lastFrame, unmount} = render(<App view={view} size={{cols: 80, rows: 24}} colour={false} />);
	await frameMatching(lastFrame, /LIST/);
	rerender(<App view={view} size={{cols: 50, rows: 12}} colour={false} />);
	await frameMatching(lastFrame, /terminal too small \(needs 60×16\)/);
	rerender(<App view={view} size={{cols: 60, rows: 16}} colour={false} />);
	const frame = await frameMatching(lastFrame, /LIST │/);
	const lines = frame.split('\n');
	assert.equal(lines.length, 15);
	for (const line of lines) assert.ok(displayWidth(line) <= 60, line);
	unmount();
});
