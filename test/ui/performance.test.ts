import {test} from 'node:test';
import assert from 'node:assert/strict';
import {makeReport} from './fixture.ts';
import {buildView} from '../../source/ui/view/view.ts';
import {initialState} from '../../source/ui/state/reducer.ts';
import {selectLayout, selectVisibleRows} from '../../source/ui/state/selectors.ts';
import {mainScreen} from '../../source/ui/draw/screen-lines.ts';
import {press, DOWN} from './keys.ts';

function bigState(sections = 600) {
	const report = makeReport();
	const paragraph = '全会强调,要坚持以人民为中心的发展思想,推动高质量发展,统筹发展和安全,奋力打造“重要窗口”。'.repeat(8);
	report.sections = Array.from({length: sections}, (_, i) => ({id: i + 1, lead: i % 3 ? '全会指出' : null, heading: `第${i + 1}段`, text: paragraph, offset: i * 400}));
	return initialState(buildView(report), {cols: 120, rows: 40});
}

test('moving and scrolling a long report never re-wraps the rows it has laid out', () => {
	let s = press(bigState(), 'l');
	const layout = selectLayout(s);
	const first = selectVisibleRows(s)[0];
	s = press(s, ' ', ' ', 'j', 'G', 'g', '}', '}', 'h', DOWN, DOWN);
	assert.equal(selectLayout(s), layout, 'the layout was rebuilt by a keypress');
	assert.equal(layout.rowsOf(first.block)[0], first, 'rows were wrapped again');
});

test('the first screen of a report of 20,000 sections lays out only what it shows', () => {
	const s = bigState(20_000);
	mainScreen(s, {sections: 20_000, measures: null, attendees: null, terms: null});
	const layout = selectLayout(s);
	assert.ok(layout.laidOut < 100, `${layout.laidOut} blocks laid out for one screen`);
});
