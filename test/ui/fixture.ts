// A small hand-made report with every kind of item the browser shows, including text that
// tries to drive the terminal, for component and reducer tests.
import type {Report} from '../../source/model/report.ts';
import {buildView, type View} from '../../source/ui/view/view.ts';
import {initialState} from '../../source/ui/state/reducer.ts';
import type {State} from '../../source/ui/state/types.ts';
import {selectLayout, selectReaderTop} from '../../source/ui/state/selectors.ts';
import type {Row} from '../../source/ui/view/rows.ts';

const long = '全会强调,要坚持以人民为中心的发展思想,推动高质量发展,统筹发展和安全。'.repeat(30);

export function makeReport(): Report {
	const sections = [
		{id: 1, lead: null, heading: '10日下午至11日上午', text: '10日下午至11日上午,市委召开全体会议。市委书记马卫光讲话。市委副书记盛阅春出席。', offset: 0},
		{id: 2, lead: '全会指出', heading: '主要目标是', text: '全会指出,主要目标是:确保经济实力“30强”,奋力打造“重要窗口”,加快实现“四个率先”。', offset: 100},
		{id: 3, lead: '全会强调', heading: '要坚持以人民为中心', text: long, offset: 200},
		{id: 4, lead: null, heading: '恶意文本', text: 'Plain\x1b]0;pwned\x07 text\x1b[31m red\u202e evil\ttab\x9b end。', offset: 900},
		{id: 5, lead: '全会号召', heading: '让我们更加紧密地团结', text: '全会号召,让我们更加紧密地团结起来,奋力打造“重要窗口”,为现代化建设作出更大贡献。', offset: 1000},
	];
	const target = '奋力打造“重要窗口”';
	return {
		meta: {
			title: '市委召开八届九次全体(扩大)会议',
			date: '2020-12-12',
			time: '07:41',
			source: '绍兴网-绍兴日报',
			channel: null,
			meeting: '市委八届九次全体(扩大)会议',
			bylines: [{role: '编辑', name: '蒋超'}],
			caption: '市委召开全体会议。 首席记者 袁 云 摄',
			lines: [],
		},
		sections,
		measures: [
			{id: 1, group: '主要目标', type: 'goal', ordinal: 1, text: '确保经济实力“30强”', section: 2, start: sections[1].text.indexOf('确保')},
			{id: 2, group: '主要目标', type: 'goal', ordinal: 2, text: target, section: 2, start: sections[1].text.indexOf(target)},
			{id: 3, group: '号召', type: 'other', ordinal: 1, text: '为现代化建设作出更大贡献', section: 5, start: -1},
		],
		people: [
			{name: '马卫光', roles: ['市委书记'], part: 'spoke', also: ['reported'], sections: [1]},
			{name: '盛阅春', roles: ['市委副书记'], part: 'attended', also: [], sections: [1]},
			{name: '王列席', roles: ['市长助理'], part: 'attended', also: [], as: '列席', sections: []},
			{name: '习近平', roles: ['总书记'], part: 'mentioned', also: [], sections: []},
			{name: '袁云', asWritten: '袁 云', roles: ['首席记者'], part: 'staff', staffRole: 'photographer', also: [], sections: [0]},
		],
		bodies: [{name: '市委委员', count: 42, part: 'attended', sections: [1]}],
		terms: [
			{text: '重要窗口', count: 2, sections: [2, 5]},
			{text: '四个率先', count: 1, sections: [2]},
		],
		footer: '',
	};
}

export function makeView(): View {
	return buildView(makeReport());
}

export function makeState(cols = 80, rows = 24, colour = false): State {
	return initialState(makeView(), {cols, rows}, colour);
}

/** Every row of the reader's document, laid out whole (tests only: the browser lays out what it shows). */
export function allRows(s: State): Row[] {
	const layout = selectLayout(s);
	return layout.window(layout.first(), Infinity);
}

/** The reader's top row as a row number from the start of its document. */
export function topRow(s: State): number {
	const layout = selectLayout(s);
	return layout.distance(layout.first(), selectReaderTop(s));
}
