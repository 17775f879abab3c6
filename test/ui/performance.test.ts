import {test} from 'node:test';
import assert from 'node:assert/strict';
import {makeReport} from './fixture.ts';
import {buildView} from '../../source/ui/view/view.ts';
import {initialState} from '../../source/ui/state/reducer.ts';
import {selectRows} from '../../source/ui/state/selectors.ts';
import {press, DOWN} from './keys.ts';

function bigState() {
	const report = makeReport();
	const paragraph = '全会强调,要坚持以人民为中心的发展思想,推动高质量发展,统筹发展和安全,奋力打造“重要窗口”。'.repeat(8);
	report.sections = Array.from({length: 600}, (_, i) => ({id: i + 1, lead: i % 3 ? '全会指出' : null, heading: `第${i + 1}段`, text: paragraph, offset: i * 400}));
	return initialState(buildView(report), {cols: 120, rows: 40});
}

test('moving and scrolling a long report never re-wraps the text', () => {
	let s = press(bigState(), 'l');
	const rows = selectRows(s);
	assert.ok(rows.length > 5000, `${rows.length} rows`);
	s = press(s, ' ', ' ', 'j', 'G', 'g', '}', '}', 'h', DOWN, DOWN);
	assert.equal(selectRows(s), rows, 'the laid-out rows were rebuilt by a keypress');
});
