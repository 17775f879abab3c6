// Search in the browser, through the router and reducer as the app drives them: the prompt, live
// results, n/N across sections with wrapping, Esc putting the view back, list filters, and the
// results view. The prompt's text arrives as `searchInput`, as the router sends it (search-keys.ts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {renderToString} from 'ink';
import {makeState, makeView} from './fixture.ts';
import {press, key, ENTER, ESC, RIGHT, LEFT, DOWN, TAB, HOME, END} from './keys.ts';
import {reducer} from '../../source/ui/state/reducer.ts';
import {route} from '../../source/ui/input/router.ts';
import {decode} from '../../source/ui/terminal/decode.ts';
import {createIndex} from '../../source/search/index.ts';
import {selectList, selectTarget} from '../../source/ui/state/selectors.ts';
import {selectListNeedles, selectMatchStatus, selectReaderMarks} from '../../source/ui/state/search-selectors.ts';
import {markSegments} from '../../source/ui/view/matches.ts';
import {ListPane} from '../../source/ui/components/ListPane.tsx';
import {SearchPrompt} from '../../source/ui/components/SearchPrompt.tsx';
import {SearchResults} from '../../source/ui/components/SearchResults.tsx';
import {statusText} from '../../source/ui/draw/screen-lines.ts';
import {displayWidth} from '../../source/text/width.ts';
import {fitLine, LINE_MAX} from '../../source/ui/state/line-edit.ts';
import type {State} from '../../source/ui/state/types.ts';
import type {FnKey} from '../../source/ui/input/keymap.ts';

const index = await createIndex(makeView().report);

/** A state whose index is built, as after the first `/` once indexing finished. */
function ready(cols = 80, rows = 24): State {
	return reducer(makeState(cols, rows), {type: 'searchIndex', index});
}

const type = (s: State, text: string): State => reducer(s, {type: 'searchInput', text});
const fnKey = (fn: 'f2' | 'f3', shift = false): FnKey => ({...key({})[1], fn, shift});
const pressFn = (s: State, fn: 'f2' | 'f3', shift = false): State => route(s.mode, '', fnKey(fn, shift)).reduce(reducer, s);
const view = (s: State) => ({tab: s.tab, focus: s.focus, selected: s.selected, listTop: s.listTop, anchor: s.anchor, hit: s.hit});

function draw(node: React.ReactElement, columns: number): string[] {
	const lines = renderToString(node, {columns}).split('\n');
	for (const line of lines) assert.ok(displayWidth(line) <= columns, `${displayWidth(line)} > ${columns}: ${JSON.stringify(line)}`);
	return lines;
}

test('/ in the reader opens the prompt; the first keystroke asks for the index', () => {
	const s = press(makeState(), RIGHT, '/');
	assert.equal(s.mode, 'search');
	assert.equal(s.search.prompt?.target, 'text');
	assert.equal(s.search.loading, true);
	assert.match(draw(<SearchPrompt state={type(s, 'zyck')} active={false} />, 80)[0], /^ \/ zyck +indexing…/);
	// Typing before the index is there is kept and searched once it arrives.
	const t = reducer(type(s, 'zyck'), {type: 'searchIndex', index});
	assert.equal(selectMatchStatus(t).label, 'match 1/2');
});

test('results follow each keystroke: pinyin initials, traditional characters, the counter', () => {
	let s = press(ready(), RIGHT, '/');
	s = type(s, 'zy');
	const few = selectReaderMarks(s).hits.length;
	s = type(s, 'zyck');
	assert.ok(selectReaderMarks(s).hits.length <= few);
	assert.equal(selectMatchStatus(s).label, 'match 1/2');
	assert.equal(selectMatchStatus(s).section, 2, 'the first match is in view');
	const trad = type(press(ready(), RIGHT, '/'), '團結');
	assert.equal(selectMatchStatus(trad).label, 'match 1/1');
	assert.equal(selectMatchStatus(type(trad, 'qqqq')).label, 'no match');
});

test('q, n and digits typed into the prompt are text, not commands', () => {
	let s = press(ready(), RIGHT, '/');
	const typed = ['q', 'n', '1', '?', 'j', '/', 'G', 'h', ' ', '3'];
	for (const ch of typed) {
		const t = press(s, ch);
		assert.equal(t.quit, false);
		assert.equal(t.mode, 'search');
		assert.equal(t.tab, 'sections');
		assert.equal(t.focus, 'reader');
		s = t;
	}
	assert.equal(s.search.prompt?.text, typed.join(''));
	s = press(s, ['c', {ctrl: true}]);
	assert.deepEqual([s.mode, s.quit], ['normal', false], 'Ctrl-C closes the prompt first');
	assert.equal(press(s, ['c', {ctrl: true}]).quit, true, 'and then quits');
});

test('/ and a query arriving in one read: the rest goes to the prompt, by the mode it finds', () => {
	const s = press(ready(), RIGHT, '/zyckq');
	assert.equal(s.mode, 'search');
	assert.equal(s.quit, false);
	assert.equal(s.search.prompt?.text, 'zyckq');
});

test('the prompt edits like a shell line: Backspace, arrows, Ctrl-W, Ctrl-U, a pasted query', () => {
	let s = press(ready(), RIGHT, '/', 'b', 'b', 'x', {delete: true}, 'z', 'l');
	assert.equal(s.search.prompt?.text, 'bbzl');
	s = press(s, LEFT, LEFT, 'z', HOME, 'a', END, ' ', 'x');
	assert.deepEqual([s.search.prompt?.text, s.search.prompt?.cursor], ['abbzzl x', 8]);
	s = press(s, ['w', {ctrl: true}]);
	assert.equal(s.search.prompt?.text, 'abbzzl ');
	s = press(s, ['u', {ctrl: true}], '重要\x1b]0;t\x07窗口');
	assert.equal(s.search.prompt?.text.includes('\x1b'), false, 'a pasted escape is not kept');
	assert.equal(press(s, ['u', {ctrl: true}], '重要窗口').search.prompt?.text, '重要窗口');
});

test('Enter keeps the search; n and N go across sections and wrap with a notice', () => {
	let s = press(type(press(ready(), RIGHT, '/'), 'zyck'), ENTER);
	assert.equal(s.mode, 'normal');
	assert.equal(s.focus, 'reader');
	assert.equal(selectReaderMarks(s).current, 0);
	s = press(s, 'n');
	assert.equal(selectMatchStatus(s).label, 'match 2/2');
	assert.equal(selectMatchStatus(s).section, 5, 'the counter names the later section');
	s = press(s, 'n');
	assert.equal(selectMatchStatus(s).label, 'match 1/2');
	assert.equal(s.message, 'search wrapped to the top');
	s = press(s, 'N');
	assert.equal(selectMatchStatus(s).label, 'match 2/2');
	assert.equal(s.message, 'search wrapped to the bottom');
	// F3 and Shift-F3 do the same without a letter.
	s = pressFn(s, 'f3');
	assert.equal(selectMatchStatus(s).label, 'match 1/2');
	s = pressFn(s, 'f3', true);
	assert.equal(selectMatchStatus(s).label, 'match 2/2');
	// Esc drops the kept search, then goes back to the list as before.
	s = press(s, ESC);
	assert.equal(s.search.text, null);
	assert.equal(s.focus, 'reader');
	assert.equal(press(s, ESC).focus, 'list');
});

test('Esc in the prompt puts selection, scroll and focus back as they were before /', () => {
	const before = press(ready(), 'j', 'j', RIGHT, DOWN, DOWN, DOWN);
	let s = press(before, '/');
	s = type(s, 'zyck');
	s = press(s, DOWN, DOWN);
	assert.notDeepEqual(view(s), view(before));
	s = press(s, ESC);
	assert.equal(s.mode, 'normal');
	assert.deepEqual(view(s), view(before));
	assert.equal(s.search.text, null);
	// A kept search survives a cancelled second one.
	const kept = press(type(press(before, '/'), 'zyck'), ENTER);
	const again = press(type(press(kept, '/'), 'tuanjie'), ESC);
	assert.equal(again.search.text?.query, 'zyck');
});

test("/ in the list filters it with the tab's kinds; Esc in the prompt restores it, Esc later clears it", () => {
	const full = selectList(ready()).items.length;
	let s = press(ready(), '/');
	assert.equal(s.search.prompt?.target, 'list');
	s = type(s, 'zyck');
	const ids = () => selectList(s).items.map(i => selectList(s).entries[i].target);
	assert.deepEqual(ids(), [
		{kind: 'section', id: 2},
		{kind: 'section', id: 5},
	]);
	assert.equal(selectMatchStatus(s).label, `filter 2/${full}`);
	assert.equal(selectList(press(s, ESC)).items.length, full);
	s = press(s, ENTER, 'j');
	assert.equal(s.focus, 'list');
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 5});
	draw(<ListPane state={s} />, 80);
	// The kept filter clears with Esc and keeps the item chosen.
	s = press(s, ESC);
	assert.equal(selectList(s).items.length, full);
	assert.deepEqual(selectTarget(s), {kind: 'section', id: 5});
	assert.equal(s.message, 'filter cleared');
	// In the attendees tab the same key filters people and bodies only.
	const people = type(press(ready(), '3', '/'), 'ma');
	assert.deepEqual(
		selectList(people).items.map(i => selectList(people).entries[i].target),
		[{kind: 'person', index: 0}],
	);
	assert.match(selectList(type(people, 'zzzz')).entries[0].cells[0].text, /No match for “zzzz”/);
});

test('list rows mark the characters that matched, whichever way they matched', () => {
	const s = type(press(ready(), '4', '/'), 'zyck');
	const entry = selectList(s).entries[selectList(s).items[0]];
	const segments = markSegments([{text: entry.cells[0].text, style: 'plain'}], selectListNeedles(s)(entry), 'hit');
	assert.deepEqual(segments, [
		{text: '“', style: 'plain'},
		{text: '重要窗口', style: 'hit'},
		{text: '”', style: 'plain'},
	]);
});

test('the results view lists every hit with context, and Enter goes there in its tab', () => {
	let s = type(press(ready(), RIGHT, '/'), 'zyck');
	s = press(s, TAB);
	assert.equal(s.mode, 'results');
	const kinds = s.search.results?.hits.map(h => h.kind);
	assert.deepEqual(kinds, ['section', 'section', 'measure', 'term']);
	const lines = draw(<SearchResults state={s} />, 80);
	assert.match(lines[0], /4 places match “zyck”/);
	assert.match(lines[1], /^>§2 全会指出 +.*重要窗口/);
	assert.match(lines[3], /§2 主要目标 2\. +奋力打造“重要窗口”/);
	assert.match(lines[4], /term +重要窗口/);
	assert.match(statusText(s).hints[0], /Enter go {2}Esc back/);
	// Esc goes back to the prompt it came from; Enter on the term opens the terms tab there.
	assert.equal(press(s, ESC).mode, 'search');
	s = press(s, 'G', ENTER);
	assert.equal(s.mode, 'normal');
	assert.equal(s.tab, 'terms');
	assert.deepEqual(selectTarget(s), {kind: 'term', index: 0});
	assert.equal(s.focus, 'reader');
	// From the panes, F2 lists the kept search's hits; Enter on a section goes to its match.
	s = pressFn(press(s, '1'), 'f2');
	assert.equal(s.mode, 'results');
	s = press(s, 'j', ENTER);
	assert.equal(s.tab, 'sections');
	assert.equal(selectMatchStatus(s).label, 'match 2/2');
	assert.equal(selectMatchStatus(s).section, 5, 'the match is on screen, its section counted');
});

test('n with no search says how to start one; F3 and Shift-F3 from their raw sequences walk the matches', () => {
	assert.equal(press(makeState(), 'n').message, 'No search yet: press / to search.');
	const fromBytes = (s: State, bytes: string): State => {
		for (const event of decode(bytes).events) if (event.kind === 'key') s = reducer(s, {type: 'key', input: event.input, key: event.key});
		return s;
	};
	const found = press(ready(), RIGHT, '/', ...'zyck', ENTER);
	assert.equal(selectMatchStatus(found).label, 'match 1/2');
	assert.equal(selectMatchStatus(fromBytes(found, '\x1bOR')).label, 'match 2/2');
	const back = fromBytes(found, '\x1b[1;2R');
	assert.equal(selectMatchStatus(back).label, 'match 2/2');
	assert.equal(back.message, 'search wrapped to the bottom');
});

test('a query, its Enter and the next key in one read: Enter keeps the search, n goes to the next match', () => {
	const opened = press(ready(), RIGHT, '/');
	const s = reducer(opened, {type: 'key', input: 'zyck\rn', key: key('')[1]});
	assert.equal(s.mode, 'normal');
	assert.equal(s.search.prompt, null);
	assert.equal(selectMatchStatus(s).label, 'match 2/2');
});

test('a prompt holds LINE_MAX characters: pastes past it are cut at a whole character, and say so', () => {
	// Each key searches with the whole prompt: megabytes of pastes had the browser seconds behind.
	let s = press(ready(), '/');
	s = reducer(s, {type: 'paste', text: '全会'.repeat(3000)});
	s = reducer(s, {type: 'paste', text: '😀'.repeat(2000)});
	const text = s.search.prompt?.text ?? '';
	assert.equal(s.mode, 'search');
	assert.ok(text.length <= LINE_MAX && text.length >= LINE_MAX - 1, String(text.length));
	assert.ok(!/[\ud800-\udbff]$/.test(text), 'no half of a surrogate pair at the end');
	assert.match(s.message ?? '', /A prompt holds 8,192 characters: the paste was cut/);
	// Typing past it keeps the text as it is.
	assert.equal(press(s, 'x').search.prompt?.text, text);
	// The | prompt holds as much.
	const piped = reducer(press(ready(), '|'), {type: 'paste', text: 'x'.repeat(20_000)});
	assert.equal(piped.pipe.prompt?.text.length, LINE_MAX);
	assert.equal(fitLine('ab😀', LINE_MAX - 3), 'ab');
});
