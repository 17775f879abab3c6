import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderToString} from 'ink';
import stripAnsi from 'strip-ansi';
import {makeState} from './fixture.ts';
import {App} from '../../source/ui/components/App.tsx';
import {paintRows} from '../../source/ui/draw/paint.ts';
import {mainScreen} from '../../source/ui/draw/screen-lines.ts';
import {tabCount} from '../../source/ui/view/lists.ts';
import {TABS, type TabId} from '../../source/ui/view/tabs.ts';
import type {State} from '../../source/ui/state/types.ts';

const counts = (s: State) => Object.fromEntries(TABS.map(t => [t.id, tabCount(s.view, t.id)])) as Record<TabId, number>;
const text = (lines: string[]) => lines.map(line => stripAnsi(line).trimEnd());

for (const [cols, rows] of [
	[80, 24],
	[60, 16],
	[130, 45],
] as const) {
	test(`${cols}×${rows}: the painted first screen has the text the browser draws, row for row`, () => {
		const s = makeState(cols, rows);
		const painted = text(paintRows(mainScreen(s, counts(s)), s.colour));
		const drawn = text(renderToString(<App view={s.view} size={s.size} colour={s.colour} interactive={false} />, {columns: cols}).split('\n'));
		assert.deepEqual(painted, drawn.slice(0, painted.length));
		assert.equal(painted.length, rows - 1, 'the frame is one row shorter than the terminal');
	});
}

test('counts still being read show as …, and only on the tab bar', () => {
	const s = makeState(80, 24);
	const full = text(paintRows(mainScreen(s, counts(s)), true));
	const pending = text(paintRows(mainScreen(s, {sections: s.view.sections.length, measures: null, attendees: null, terms: null}), true));
	assert.match(pending[2], /1 Sections 5 {2}2 Measures … {2}3 Attendees … {2}4 Terms …/);
	assert.deepEqual(
		pending.map((line, i) => (line === full[i] ? null : i)).filter(i => i !== null),
		[2],
	);
});
