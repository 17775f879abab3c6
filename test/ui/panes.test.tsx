import {test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {renderToString} from 'ink';
import {allRows, makeState, makeView} from './fixture.ts';
import {press, ENTER} from './keys.ts';
import {displayWidth} from '../../source/text/width.ts';
import {ListPane} from '../../source/ui/components/ListPane.tsx';
import {ReaderPane} from '../../source/ui/components/ReaderPane.tsx';
import {rowSegments, shrinkCells} from '../../source/ui/draw/screen-lines.ts';
import {StatusBar} from '../../source/ui/components/StatusBar.tsx';
import {Header} from '../../source/ui/components/Header.tsx';
import {TabBar} from '../../source/ui/components/TabBar.tsx';
import {HelpOverlay} from '../../source/ui/components/HelpOverlay.tsx';
import {TooSmall} from '../../source/ui/components/TooSmall.tsx';
import {App} from '../../source/ui/components/App.tsx';
import {KEYMAP} from '../../source/ui/input/keymap.ts';
import {selectDoc} from '../../source/ui/state/selectors.ts';
import {geometry} from '../../source/ui/state/geometry.ts';

function draw(node: React.ReactElement, columns: number): string[] {
	const lines = renderToString(node, {columns}).split('\n');
	for (const line of lines) assert.ok(displayWidth(line) <= columns, `${displayWidth(line)} > ${columns}: ${JSON.stringify(line)}`);
	return lines;
}

test('the sections list shows number, lead and heading, and marks the selection', () => {
	const s = press(makeState(80, 24), 'j');
	const lines = draw(<ListPane state={s} />, 80);
	assert.match(lines[0], /^ 1 10日下午至11日上午/);
	assert.match(lines[1], /^>2 全会指出 主要目标是/);
	assert.match(lines[3], /^ 4 恶意文本/);
});

test('long list labels are cut with … inside the pane at odd and even widths', () => {
	for (const cols of [60, 61, 79, 80]) {
		const s = press(makeState(cols, 24), '3');
		const lines = draw(<ListPane state={s} />, cols);
		const width = Math.max(...lines.map(displayWidth));
		assert.ok(width <= geometry({cols, rows: 24}).listWidth, `list pane ${width} wide at ${cols} columns`);
		assert.ok(
			lines.some(l => l.includes('…')),
			lines.join('\n'),
		);
	}
});

test('the measures list groups items under their group names with ordinals', () => {
	const lines = draw(<ListPane state={press(makeState(100, 24), '2')} />, 100).map(l => l.trimEnd());
	assert.deepEqual(lines.slice(0, 7), [' 主要目标 (2)', '> 1. 确保经济实力“30强”', '  2. 奋力打造“重要窗口”', '', ' 号召 (1)', '  1. 为现代化建设作出更大贡献', '']);
});

test('the attendees list puts Present, Sat in and Bodies first, then Mentioned and Staff apart', () => {
	const lines = draw(<ListPane state={press(makeState(120, 40), '3')} />, 120).map(l => l.trimEnd());
	const order = ['Present (2)', 'Sat in (列席) (1)', 'Bodies (1)', 'not at the meeting', 'Mentioned (1)', 'Staff (1)'].map(t => lines.findIndex(l => l.includes(t)));
	assert.ok(
		order.every(i => i >= 0),
		lines.join('\n'),
	);
	assert.deepEqual(
		[...order].sort((a, b) => a - b),
		order,
	);
	assert.ok(
		lines.some(l => /市委书记 马卫光 · spoke, reported/.test(l)),
		lines.join('\n'),
	);
	assert.ok(
		lines.some(l => /市委委员 42 · attended/.test(l)),
		lines.join('\n'),
	);
	assert.ok(
		lines.some(l => /首席记者 袁云 · photographer/.test(l)),
		lines.join('\n'),
	);
});

test('the terms list shows each term with its count', () => {
	const lines = draw(<ListPane state={press(makeState(80, 24), '4')} />, 80);
	assert.match(lines[0], /“重要窗口” ×2/);
	assert.match(lines[1], /“四个率先” ×1/);
});

test('the reader shows the section text wrapped inside its pane, controls as visible placeholders', () => {
	const s = press(makeState(80, 24), 'j', 'j', 'j');
	const lines = draw(<ReaderPane state={s} />, 80);
	const text = lines.join('\n');
	assert.match(text, /§4/);
	assert.match(text, /Plain␛ text␛ red␚ evil +tab␚ end。/);
	assert.ok(!/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/.test(text), JSON.stringify(text));
});

test('the reader marks a measure inside its section, and the current occurrence of a term', () => {
	const measure = press(makeState(80, 24), '2', 'j');
	const doc = selectDoc(measure);
	const row = allRows(measure).find(r => r.block === doc.hits[0].block && r.end > doc.hits[0].start)!;
	const segs = rowSegments(row, doc.hits, 0);
	assert.ok(
		segs.some(x => x.style === 'currentHit' && '奋力打造“重要窗口”'.startsWith(x.text)),
		JSON.stringify(segs),
	);

	const term = press(makeState(80, 24), '4', ENTER, ENTER);
	const tdoc = selectDoc(term);
	const marked = allRows(term)
		.flatMap(r => rowSegments(r, tdoc.hits, term.hit.terms))
		.filter(x => x.style === 'hit' || x.style === 'currentHit')
		// A hit cut by a row end comes in two pieces of the same style.
		.reduce<[string, string][]>((all, x) => {
			const last = all.at(-1);
			if (last && last[1] === x.style) last[0] += x.text;
			else all.push([x.text, x.style]);
			return all;
		}, []);
	assert.deepEqual(marked, [
		['重要窗口', 'hit'],
		['重要窗口', 'currentHit'],
	]);
});

test('the header shows title, date, source and meeting', () => {
	const lines = draw(<Header meta={makeView().meta} width={80} colour={false} />, 80);
	assert.match(lines[0], /市委召开八届九次全体\(扩大\)会议 +2020-12-12 07:41/);
	assert.match(lines[1], /绍兴网-绍兴日报.*市委八届九次全体\(扩大\)会议/);
});

test('the tab bar shows every tab with its count, shortened when narrow', () => {
	const counts = {sections: 14, measures: 128, attendees: 23, terms: 40};
	assert.match(draw(<TabBar active="sections" counts={counts} width={80} colour={false} />, 80)[0], /1 Sections 14 +2 Measures 128 +3 Attendees 23 +4 Terms 40/);
	assert.match(draw(<TabBar active="sections" counts={counts} width={60} colour={false} />, 60)[0], /1 Sections 14 +2 Measures 128 +3 Attendees 23 +4 Terms 40/);
	assert.match(draw(<TabBar active="sections" counts={counts} width={50} colour={false} />, 50)[0], /1 Sect 14 +2 Meas 128/);
});

test('the status bar shows section, percentage, focus and hints', () => {
	const line = draw(<StatusBar state={press(makeState(80, 24), 'j')} />, 80)[0];
	assert.match(line, /LIST │ section 2\/5 +\d+%/);
	assert.match(line, /\? help {2}q quit/);
	const reading = draw(<StatusBar state={press(makeState(60, 16), '4', ENTER)} />, 60)[0];
	assert.match(reading, /READER │ section 2\/5 +\d+% +hit 1\/2/);
});

test('the help overlay lists every command of the keymap', () => {
	const s = press(makeState(120, 60), '?');
	const text = draw(<HelpOverlay state={s} />, 120).join('\n');
	for (const binding of KEYMAP.filter(b => b.modes.includes('normal'))) {
		assert.ok(text.includes(binding.help), `help lacks “${binding.help}”`);
		assert.ok(text.includes(binding.keys.map(k => k.label).join(' ')), `help lacks the keys of ${binding.command}`);
	}
});

test('every letter command has a key a pinyin input method cannot swallow', () => {
	for (const binding of KEYMAP) {
		if (binding.keys.some(k => k.input && /^[a-z]$/i.test(k.input) && !k.ctrl)) {
			const other = binding.keys.some(k => k.key || k.fn || k.ctrl || (k.input && !/^[a-z]$/i.test(k.input)));
			assert.ok(other || binding.command === 'quit', `${binding.command} has only letters`);
		}
	}
	// q's twin is Ctrl-C, listed as its own binding.
	assert.ok(KEYMAP.some(b => b.command === 'interrupt' && b.keys.some(k => k.ctrl && k.input === 'c')));
});

test('below 60×16 the app shows the too-small notice instead of the panes', () => {
	for (const [cols, rows] of [
		[59, 24],
		[80, 15],
		[30, 10],
	]) {
		const text = draw(<App view={makeView()} size={{cols, rows}} colour={false} interactive={false} />, cols).join('\n');
		assert.match(text.replace(/\n/g, ''), /terminal too small \(needs 60×16\)/);
		assert.ok(!text.includes('Sections'), text);
	}
	assert.match(draw(<TooSmall cols={20} rows={5} colour={false} />, 20).join(''), /needs 60×16/);
	const fits = draw(<App view={makeView()} size={{cols: 60, rows: 16}} colour={false} interactive={false} />, 60);
	assert.equal(fits.length, 15, 'the frame leaves the last terminal row free');
	assert.match(fits.join('\n'), /1 Sections 5/);
});

test('a person row cuts the roles, never the name, and fits its width', () => {
	const cells = [
		{text: ' 省领导、大会执行主席、省委书记 ', style: 'dim' as const, shrink: true},
		{text: '袁家军', style: 'plain' as const},
		{text: ' · attended', style: 'part' as const},
	];
	for (const width of [10, 17, 20, 25, 40, 49]) {
		const fitted = shrinkCells(cells, width);
		assert.equal(fitted[1].text, '袁家军');
		if (width >= 25) assert.ok(fitted.reduce((w, c) => w + displayWidth(c.text), 0) <= width, `${width}`);
	}
	assert.deepEqual(shrinkCells(cells, 49), cells);
	assert.equal(shrinkCells(cells, 25)[0].text, ' 省领… ');
});
