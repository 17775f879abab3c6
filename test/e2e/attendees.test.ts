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
