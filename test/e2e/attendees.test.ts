// The Attendees tab in a pseudo-terminal: a person's name always shows, however long the roles
// before it; the roles are cut first.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, type Session} from './harness.ts';
import {listRows} from './panes.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

const dir = tempDir('attendees-e2e');
const REPORT = [
	'### 某省政协十二届五次会议开幕',
	'1月16日上午，政协第十二届浙江省委员会第五次会议在杭州开幕。',
	'省领导、大会执行主席、省委书记、省人大常委会主任袁家军，省领导、大会执行主席、主席团常务主席梁黎明出席会议。',
	'全国人大监察和司法委员会副主任委员车俊出席会议。',
	'会议指出，要做好各项工作。',
].join('\n');

test('attendee rows with long roles keep the name whole and cut the roles', async () => {
	const path = join(dir, 'roles.txt');
	writeFileSync(path, REPORT);
	for (const [cols, rows] of [
		[60, 16],
		[80, 24],
		[120, 30],
	] as const) {
		const s = start({cols, rows, args: [path]});
		sessions.push(s);
		await s.waitForBrowser();
		await s.pressAndSettle([{text: '3'}]);
		await s.waitFor('Present (3)');
		s.assertClean(`${cols}×${rows}:`);
		const list = listRows(s).join('\n');
		for (const name of ['袁家军', '梁黎明', '车俊']) assert.ok(list.includes(name), `${cols}×${rows}: ${name} is hidden:\n${s.text()}`);
		assert.match(list, /省[^ ]*… 袁家军/, `${cols}×${rows}: the roles are not what was cut:\n${s.text()}`);
		await s.press({text: 'q'});
		await s.exited;
	}
});

test('旁听 bodies read as observed, 列席 ones as sat in; the tab counts only those at the meeting', async () => {
	const path = join(dir, 'observers.txt');
	writeFileSync(path, ['### 某市委全体会议公报', '10日，市委召开全体会议。出席这次全会的市委委员42名。', '部分市人大代表、政协委员旁听会议。', '市纪委委员列席会议。', '会议指出，要做好工作。'].join('\n'));
	const s = start({cols: 140, rows: 24, args: [path]});
	sessions.push(s);
	await s.waitForBrowser();
	await s.pressAndSettle([{text: '3'}]);
	// Deputies and CPPCC members are two groups (as 436's label has them), both observing.
	await s.waitFor('Bodies (4)');
	const list = listRows(s).join('\n');
	assert.match(list, /部分市人大代表 · observed \(旁听\)/);
	assert.match(list, /政协委员 · observed \(旁听\)/);
	assert.match(list, /市纪委委员 · sat in \(列席\)/);
	await s.press({text: 'q'});
	await s.exited;

	// The bundled report names 19 people and bodies: 14 were at the meeting, 2 are only
	// mentioned, 3 are the newspaper's staff.
	const bundled = start({cols: 100, rows: 24});
	sessions.push(bundled);
	await bundled.waitForBrowser();
	await bundled.waitFor(() => /3 Attendees 14 /.test(bundled.screen()[2]));
	await bundled.press({text: 'q'});
	await bundled.exited;
});
