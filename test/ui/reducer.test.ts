import {test} from 'node:test';
import assert from 'node:assert/strict';
import {allRows, makeReport, makeState, topRow} from './fixture.ts';
import {buildView} from '../../source/ui/view/view.ts';
import {press, DOWN, UP, RIGHT, LEFT, ENTER, ESC, TAB, SHIFT_TAB, PGDN, PGUP, HOME, END, CTRL_C} from './keys.ts';
import {initialState, reducer} from '../../source/ui/state/reducer.ts';
import {selectDoc, selectPosition, selectTarget, selectGeometry, selectVisibleRows} from '../../source/ui/state/selectors.ts';
import type {State} from '../../source/ui/state/types.ts';

const topText = (s: State) => selectVisibleRows(s)[0].text;
const visibleText = (s: State) =>
	selectVisibleRows(s)
		.map(r => r.text)
		.join('');

test('j/k and the arrows move the selection, clamped to the list', () => {
	let s = makeState();
	s = press(s, 'j', DOWN);
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 3});
	s = press(s, 'k');
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 2});
	s = press(s, UP, UP, UP);
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 1});
	s = press(s, 'G');
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 5});
	s = press(s, HOME);
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 1});
	s = press(s, END, 'j');
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 5});
});

test('selecting a section shows it at the top of the reader', () => {
	const s = press(makeState(), 'j', 'j');
	assert.equal(topText(s), '§3  全会强调');
	assert.equal(selectPosition(s).section, 3);
});

test('a section too near the end to reach the top is still shown, and counted as where you are', () => {
	const s = press(makeState(), 'G');
	assert.match(visibleText(s), /§5 {2}全会号召/);
	assert.equal(selectPosition(s).section, 5);
	assert.equal(selectPosition(s).percent, 100);
});

test('digits, Tab and Shift-Tab switch tabs; switching hands the keys back to the list', () => {
	let s = makeState();
	s = press(s, '3');
	assert.equal(s.tab, 'attendees');
	s = press(s, TAB);
	assert.equal(s.tab, 'terms');
	s = press(s, TAB);
	assert.equal(s.tab, 'sections');
	s = press(s, SHIFT_TAB);
	assert.equal(s.tab, 'terms');
	s = press(s, RIGHT, '2');
	assert.equal(s.tab, 'measures');
	assert.equal(s.focus, 'list');
});

test('each tab remembers its own selection', () => {
	let s = press(makeState(), 'j', '2', 'j', '1');
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 2});
	s = press(s, '2');
	assert.deepEqual(selectTarget(s), {kind: 'measure', index: 1});
});

test('←/→, h/l, Enter and Esc move the keys between list and reader', () => {
	let s = makeState();
	s = press(s, RIGHT);
	assert.equal(s.focus, 'reader');
	s = press(s, LEFT);
	assert.equal(s.focus, 'list');
	s = press(s, 'l');
	assert.equal(s.focus, 'reader');
	s = press(s, 'h');
	assert.equal(s.focus, 'list');
	s = press(s, ENTER);
	assert.equal(s.focus, 'reader');
	s = press(s, ESC);
	assert.equal(s.focus, 'list');
});

test('in the reader j/k scroll the text; Space and PgDn page; b and PgUp page back', () => {
	let s = press(makeState(60, 16), 'l');
	const start = topRow(s);
	s = press(s, 'j');
	assert.equal(topRow(s), start + 1);
	const height = selectGeometry(s).bodyRows;
	s = press(s, ' ');
	assert.equal(topRow(s), start + height);
	s = press(s, PGDN, PGUP, 'b');
	assert.equal(topRow(s), start + 1);
	s = press(s, 'd');
	assert.equal(topRow(s), start + 1 + Math.floor(height / 2));
	s = press(s, 'u', {upArrow: true, shift: true}, HOME);
	assert.equal(topRow(s), 0);
});

test('paging works from the list too, and scrolling the report moves the section selection', () => {
	let s = makeState(60, 16);
	s = press(s, PGDN, PGDN);
	assert.equal(s.focus, 'list');
	const section = selectPosition(s).section;
	assert.ok(section !== null && section > 1);
	assert.deepEqual(selectTarget(s), {kind: 'section', id: section});
});

test('scrolling stops at the end of the text and says so', () => {
	let s = press(makeState(60, 16), 'l', 'G');
	const end = topRow(s);
	assert.equal(allRows(s).length - end, selectGeometry(s).bodyRows);
	s = press(s, ' ');
	assert.equal(topRow(s), end);
	assert.match(s.message ?? '', /End of the text/);
	s = press(s, 'k');
	assert.equal(s.message, null);
});

test('{ and } jump to the previous and next section', () => {
	let s = press(makeState(60, 16), '}');
	assert.equal(selectPosition(s).section, 2);
	s = press(s, '}');
	assert.equal(selectPosition(s).section, 3);
	s = press(s, '{');
	assert.equal(selectPosition(s).section, 2);
});

test('} reaches every section, the last ones too, and { comes back through each; the list follows', () => {
	for (const [cols, rows] of [
		[60, 16],
		[80, 24],
		[120, 40],
	]) {
		let s = press(makeState(cols, rows), RIGHT);
		const seen = [selectPosition(s).section];
		for (let i = 0; i < 6; i++) {
			s = press(s, '}');
			if (s.message) break;
			seen.push(selectPosition(s).section);
			assert.deepEqual(selectTarget(s), {kind: 'section', id: selectPosition(s).section}, `${cols}×${rows}: the list does not follow`);
		}
		assert.deepEqual(seen, [1, 2, 3, 4, 5], `${cols}×${rows}`);
		assert.equal(s.message, 'No later section.');
		const back = [];
		for (let i = 0; i < 6; i++) {
			s = press(s, '{');
			if (s.message) break;
			back.push(selectPosition(s).section);
		}
		assert.deepEqual(back, [4, 3, 2, 1], `${cols}×${rows}`);
		assert.equal(s.message, 'No earlier section.');
	}
});

test('a measure opens its section with the item in view and marked', () => {
	let s = press(makeState(60, 16), '2', 'j');
	const doc = selectDoc(s);
	assert.equal(doc.hits.length, 1);
	const hit = doc.hits[0];
	assert.equal(doc.blocks[hit.block].text.slice(hit.start, hit.end), '奋力打造“重要窗口”');
	assert.match(visibleText(s), /奋力打造“重要窗口”/);
	// Enter jumps the reader to the item and hands it the keys.
	s = press(s, ENTER);
	assert.equal(s.focus, 'reader');
	assert.match(visibleText(s), /奋力打造“重要窗口”/);
});

test('a measure whose offset was rewritten is found by its text', () => {
	const s = press(makeState(), '2', 'G');
	const {blocks, hits} = selectDoc(s);
	assert.equal(blocks[hits[0].block].text.slice(hits[0].start, hits[0].end), '为现代化建设作出更大贡献');
});

test('a rewritten measure is placed by its offset; one that cannot be placed says so', () => {
	const report = makeReport();
	const text = report.sections[1].text;
	report.measures = [
		{id: 1, group: '目标', type: 'goal', ordinal: 1, text: '确保“30强”', section: 2, start: text.indexOf('确保')},
		{id: 2, group: '目标', type: 'goal', ordinal: 2, text: '不在文中的话', section: 2, start: -1},
	];
	let s = press(initialState(buildView(report), {cols: 80, rows: 24}), '2');
	const {blocks, hits} = selectDoc(s);
	assert.equal(blocks[hits[0].block].text.slice(hits[0].start, hits[0].start + 2), '确保');
	s = press(s, 'j', ENTER);
	assert.equal(selectDoc(s).hits.length, 0);
	assert.match(s.message ?? '', /could not be placed/);
});

test('Enter on a term jumps through its occurrences and wraps around', () => {
	let s = press(makeState(60, 16), '4');
	const doc = selectDoc(s);
	assert.equal(doc.hits.length, 2);
	s = press(s, ENTER);
	assert.equal(selectPosition(s).hit, 1);
	s = press(s, ENTER);
	assert.equal(selectPosition(s).hit, 2);
	assert.equal(selectPosition(s).section, 5);
	s = press(s, ENTER);
	assert.equal(selectPosition(s).hit, 1);
	assert.match(s.message ?? '', /first occurrence/);
});

test('a person opens on the sections and caption lines naming them', () => {
	let s = press(makeState(), '3', 'G');
	const {blocks, hits} = selectDoc(s);
	assert.equal(blocks[0].text, '袁云');
	assert.ok(hits.length >= 1, 'the caption writes the name as 袁 云');
	assert.equal(blocks[hits[0].block].text.slice(hits[0].start, hits[0].end), '袁 云');
	s = press(s, ENTER);
	assert.equal(selectPosition(s).hit, 1);
});

test('? opens the help; ?, Esc and q close it; keys scroll it, not the report', () => {
	let s = makeState(60, 16);
	s = press(s, '?');
	assert.equal(s.mode, 'help');
	const before = topRow(s);
	s = press(s, 'j', DOWN);
	assert.equal(s.helpTop, 2);
	assert.equal(topRow(s), before);
	assert.equal(s.tab, 'sections');
	s = press(s, '2');
	assert.equal(s.tab, 'sections', 'digits do not switch tabs behind the help');
	for (const close of ['?', ESC, 'q'] as const) {
		const t = press(press(makeState(), '?'), close);
		assert.equal(t.mode, 'normal');
		assert.equal(t.quit, false);
	}
});

test('growing the terminal keeps the help scrolled no further than its end', () => {
	let s = press(makeState(60, 16), '?', 'G');
	assert.ok(s.helpTop > 0);
	s = reducer(s, {type: 'resize', size: {cols: 120, rows: 60}});
	assert.equal(s.helpTop, 0);
});

test('q quits; Ctrl-C quits from every mode', () => {
	assert.equal(press(makeState(), 'q').quit, true);
	assert.equal(press(makeState(), CTRL_C).quit, true);
	assert.equal(press(makeState(), '?', CTRL_C).quit, true);
	assert.equal(press(makeState(), 'l', CTRL_C).quit, true);
});

test('keys typed faster than a frame each count', () => {
	const s = press(makeState(), 'jj');
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 3});
});

test('a resize reflows the reader and keeps the text that was at the top', () => {
	let s = press(makeState(120, 40), 'j', 'j', 'l', 'j', 'j');
	const before = topText(s);
	s = reducer(s, {type: 'resize', size: {cols: 60, rows: 16}});
	const after = selectVisibleRows(s)[0];
	// The narrower row starts at the same place or within the old top row.
	assert.ok(before.startsWith(after.text) || after.text.startsWith(before.slice(0, 4)) || before.includes(after.text.slice(0, 4)), `${before} / ${after.text}`);
	s = reducer(s, {type: 'resize', size: {cols: 120, rows: 40}});
	assert.equal(topText(s), before);
});

test('any sequence of sizes, through one where the text is clamped at its end, comes back to the same place', () => {
	let s = press(makeState(80, 24), 'j', 'j', 'j', 'l');
	const before = {top: topText(s), section: selectPosition(s).section, anchor: s.anchor.sections};
	for (const [cols, rows] of [
		[200, 60],
		[60, 16],
		[40, 10],
		[160, 50],
		[80, 24],
	]) {
		s = reducer(s, {type: 'resize', size: {cols, rows}});
		if (cols >= 60) assert.equal(selectPosition(s).section, 4, `${cols}×${rows}`);
	}
	assert.deepEqual({top: topText(s), section: selectPosition(s).section, anchor: s.anchor.sections}, before);
});

test('the list keeps the selection in view on a short terminal', () => {
	let s = makeState(60, 16);
	s = press(s, '2', 'G');
	const height = selectGeometry(s).bodyRows;
	assert.ok(s.listTop.measures <= 5 && 5 < s.listTop.measures + height);
});

test('c asks to compare with the previous report only where someone compares; elsewhere it says so and stays', () => {
	const alone = press(makeState(), 'c');
	assert.equal(alone.quit, false);
	assert.match(alone.message ?? '', /Esc goes back to the comparison/);
	const comparing = press(initialState(buildView(makeReport()), {cols: 80, rows: 24}, false, false, {compares: true}), 'c');
	assert.deepEqual([comparing.quit, comparing.compare], [true, true]);
	// Ctrl-K, its twin for an input method that swallows letters.
	assert.equal(press(initialState(buildView(makeReport()), {cols: 80, rows: 24}, false, false, {compares: true}), ['k', {ctrl: true}]).compare, true);
});

test('before the extractors are done the other tabs wait; their answer fills them in and leaves the reader where it is', () => {
	const report = makeReport();
	const outline = buildView({...report, measures: [], people: [], bodies: [], terms: []}, false);
	let s = press(initialState(outline, {cols: 80, rows: 24}), 'j', 'j', 'l', 'j');
	const reading = visibleText(s);
	let measures = press(s, '2');
	assert.deepEqual(selectTarget(measures), null);
	assert.match(visibleText(measures), /Still reading the report/);
	s = reducer(measures, {type: 'report', report});
	assert.equal(s.view.complete, true);
	assert.deepEqual(selectTarget(s), {kind: 'measure', index: 0});
	s = press(s, '1');
	assert.equal(visibleText(s), reading, 'the sections reader moved');
	measures = reducer(press(initialState(outline, {cols: 80, rows: 24}), '3'), {type: 'reportFailed', message: 'boom'});
	assert.match(measures.message ?? '', /could not be read: boom/);
	assert.equal(measures.view.complete, true);
});
