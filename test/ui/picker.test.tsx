import {test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import {Picker} from '../../source/ui/picker/Picker.tsx';
import {pickerRow} from '../../source/ui/picker/rows.ts';
import type {Library} from '../../source/app/library.ts';
import {displayWidth} from '../../source/text/width.ts';
import {TerminalInput} from '../../source/ui/terminal/input.ts';
import {initialPicker, matching, pickerKey, selectedRow, type PickerState} from '../../source/ui/picker/state.ts';
import {NO_KEY} from '../../source/ui/terminal/decode.ts';
import type {FnKey} from '../../source/ui/input/keymap.ts';

const library: Library = {
	skipped: 2,
	entries: [
		{path: 'npc.txt', title: '十四届全国人大二次会议在京开幕', date: '2024-03-05', meeting: '第十四届全国人民代表大会第二次会议', bytes: 7976, sections: 20},
		{path: 'ccdi.html', title: '中国共产党第二十届中央纪律检查委员会第三次全体会议公报', date: '2024-01-10', meeting: '中国共产党第二十届中央纪律检查委员会第三次全体会议', bytes: 44819, sections: 14},
		{path: 'evil.txt', title: 'Evil\x1b]0;owned\x07 title', date: null, meeting: null, bytes: 12, sections: 1},
	],
};

/** Wait until `check` holds: Ink draws and reads keys on its own schedule, slower on a busy machine. */
async function until(check: () => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 3000;
	while (!check()) {
		if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
		await new Promise(r => setTimeout(r, 10));
	}
}

test('a picker row shows date, title, meeting and size within its width, at odd and even widths', () => {
	for (let width = 40; width <= 121; width++) {
		for (const entry of library.entries) {
			const row = pickerRow(entry, width);
			assert.ok(displayWidth(row) <= width, `${width}: ${row}`);
			assert.ok(!/[\x00-\x1f]/.test(row), JSON.stringify(row));
		}
	}
	const row = pickerRow(library.entries[0], 100);
	assert.match(row, /^2024-03-05 {2}十四届全国人大二次会议在京开幕 .*第十四届全国人民代表大会.* +7\.8 KB$/);
	assert.match(pickerRow(library.entries[2], 60), /^—/);
});

test('the picker lists the reports, counts the skipped files, and Enter opens the one selected', async () => {
	const picked: string[] = [];
	let quit = false;
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<Picker input={stdin} library={library} cols={100} rows={20} initial={null} message={null} onPick={path => picked.push(path)} onQuit={() => (quit = true)} />);
	await until(() => /❯ 2024-03-05/.test(lastFrame() ?? ''), 'the first frame');
	assert.match(lastFrame() ?? '', /3 reports, newest first · 2 skipped/);
	stdin.write('\x1b[B');
	// ↓ and Enter in one breath open the report the ↓ moved to.
	stdin.write('\r');
	await until(() => picked.length > 0, 'Enter');
	assert.deepEqual(picked, ['ccdi.html']);
	assert.equal(quit, false);
	stdin.write('q');
	await until(() => quit, 'q');
	unmount();
});

test("the picker moves with the keymap's keys: j and k, G and g, letters typed together each count", async () => {
	const picked: string[] = [];
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<Picker input={stdin} library={library} cols={100} rows={20} initial={null} message={null} onPick={path => picked.push(path)} onQuit={() => {}} />);
	await until(() => /❯ 2024-03-05/.test(lastFrame() ?? ''), 'the first frame');
	stdin.write('G');
	await until(() => /❯ —/.test(lastFrame() ?? ''), 'G: the last report');
	stdin.write('g');
	await until(() => /❯ 2024-03-05/.test(lastFrame() ?? ''), 'g: the first report');
	stdin.write('jj');
	await until(() => /❯ —/.test(lastFrame() ?? ''), 'jj: two down');
	stdin.write('k');
	await until(() => /❯ 2024-01-10/.test(lastFrame() ?? ''), 'k: one up');
	stdin.write('\r');
	await until(() => picked.length > 0, 'Enter');
	assert.deepEqual(picked, ['ccdi.html']);
	unmount();
});

test('Space marks a report and c compares it with the one under the cursor, keys typed together included', async () => {
	const compared: [string, string][] = [];
	const stdin = new TerminalInput();
	const {lastFrame, unmount} = render(<Picker input={stdin} library={library} cols={100} rows={20} initial={null} message={null} onPick={() => {}} onCompare={paths => compared.push(paths)} onQuit={() => {}} />);
	await until(() => /❯ 2024-03-05/.test(lastFrame() ?? ''), 'the first frame');
	stdin.write('c');
	await until(() => /Mark a report with Space first/.test(lastFrame() ?? ''), 'c with nothing marked');
	stdin.write(' ');
	await until(() => /❯ 2024-03-05.* ✓/.test(lastFrame() ?? ''), 'Space: the mark');
	// Space on the marked report takes the mark away.
	stdin.write(' ');
	await until(() => !/✓/.test(lastFrame() ?? ''), 'Space again: unmarked');
	// Space, ↓ and c in one breath compare the report marked with the one the ↓ moved to.
	stdin.write(' jc');
	await until(() => compared.length > 0, 'c');
	assert.deepEqual(compared, [['npc.txt', 'ccdi.html']]);
	unmount();
});

test('/ filters the picker by title, meeting, date or file name; Enter keeps it, Esc clears it', () => {
	const type = (s: PickerState, ...presses: [string, Partial<FnKey>?][]) => presses.reduce((t, [input, k]) => pickerKey(t, input, {...NO_KEY, ...k}, library, 10).state, s);
	let s = type(initialPicker(library, null, 10), ['/'], ['纪'], ['律']);
	assert.equal(s.typing, true);
	assert.deepEqual(matching(library, s.query), [1]);
	s = type(s, ['', {return: true}]);
	assert.equal(s.typing, false);
	assert.deepEqual(pickerKey(s, '', {...NO_KEY, return: true}, library, 10).outcome, {kind: 'pick', path: 'ccdi.html', index: 1});
	assert.deepEqual(matching(library, '2024 npc'), [0]);
	assert.deepEqual(matching(library, 'EVIL'), [2]);
	s = type(s, ['', {escape: true}]);
	assert.equal(s.query, '');
	assert.deepEqual(pickerKey(s, 'c', {...NO_KEY, ctrl: true}, library, 10).outcome, {kind: 'quit', interrupted: true});
});

test('while the folder is read the picker says so, and a report found above the selection does not move it off its report', async () => {
	const [npc, ccdi, evil] = library.entries;
	const partial = {skipped: 0, entries: [ccdi, evil]};
	const stdin = new TerminalInput();
	const view = (lib: typeof library, scanning: boolean) => <Picker input={stdin} library={lib} scanning={scanning} cols={100} rows={20} initial={null} message={null} onPick={() => {}} onQuit={() => {}} />;
	const {lastFrame, rerender, unmount} = render(view(partial, true));
	await until(() => /❯ 2024-01-10/.test(lastFrame() ?? ''), 'the first frame');
	assert.match(lastFrame() ?? '', /2 reports so far, newest first · reading the folder…/);
	stdin.write('j');
	await until(() => /❯ —/.test(lastFrame() ?? ''), 'j');
	rerender(view({skipped: 2, entries: [npc, ccdi, evil]}, false));
	await until(() => /3 reports, newest first · 2 skipped/.test(lastFrame() ?? ''), 'the whole folder');
	assert.match(lastFrame() ?? '', /❯ —/, 'the selection left its report');
	unmount();
});

test('a filter, the selection and the mark stay on their reports as rows come in while the folder is read', () => {
	const [npc, ccdi, evil] = library.entries;
	const key = (s: PickerState, lib: Library, input: string, k: Partial<FnKey> = {}) => pickerKey(s, input, {...NO_KEY, ...k}, lib, 10);
	const partial: Library = {skipped: 0, entries: [ccdi, evil]};
	// Space marks ccdi, j moves to evil; a newer report is found above both.
	let s = key(initialPicker(partial, null, 10), partial, ' ').state;
	s = key(s, partial, 'j').state;
	const whole: Library = {skipped: 0, entries: [npc, ccdi, evil]};
	assert.equal(selectedRow(whole, matching(whole, s.query), s.path), 2);
	assert.deepEqual(key(s, whole, 'c').outcome, {kind: 'compare', marked: 'ccdi.html', path: 'evil.txt', index: 2});
	// A filter selects its first row until a key chooses one; a report found later that matches joins the rows let through.
	s = ['/', '2', '0', '2', '4'].reduce((t, ch) => key(t, partial, ch).state, s);
	s = key(s, partial, '', {return: true}).state;
	assert.deepEqual(matching(partial, s.query), [0]);
	assert.equal(selectedRow(whole, matching(whole, s.query), s.path), 0);
	const moved = key(s, whole, 'j').state;
	assert.equal(moved.path, 'ccdi.html');
	assert.deepEqual(key(moved, whole, '', {return: true}).outcome, {kind: 'pick', path: 'ccdi.html', index: 1});
});
