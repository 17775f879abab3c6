// The command line as a new user meets it in a terminal: -h, -v and `plenum help`, a search that
// finds nothing, an export to a format plenum does not write, a save that cannot be written.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {start, type Session} from './harness.ts';
import {statusRow} from './panes.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));
const dir = tempDir('cli-e2e');
const EXIT = '__EXIT=';

async function run(command: string): Promise<{screen: string; exitCode: number}> {
	// Wide enough that the help's lines do not wrap: at 120 columns it ran to some two hundred rows,
	// and a busy machine (a fresh-clone run beside other work) printed them past the wait twice.
	// The shell exits with plenum's code too: a pseudo-terminal may drop the last bytes a process
	// writes as it ends (the marker, in one fresh-clone run of the whole suite), and the exit
	// status is then the answer.
	const s = start({cols: 220, rows: 200, shell: `"$NODE" "$PLENUM_CLI" ${command}; code=$?; echo "${EXIT}$code"; exit $code`});
	sessions.push(s);
	const ended = await Promise.race([s.waitFor(EXIT, 60000).then(() => s.exited), s.exited]);
	await s.settle();
	const screen = s.text();
	const marked = new RegExp(`${EXIT}(\\d+)`).exec(screen)?.[1];
	return {screen, exitCode: marked === undefined ? ended.exitCode : Number(marked)};
}

test('-h, help and -v answer as --help and --version do', async () => {
	for (const command of ['-h', 'help', 'help search']) {
		const {screen, exitCode} = await run(command);
		assert.equal(exitCode, 0, command);
		assert.match(screen, /Usage\n +plenum \[FILE\|URL\|-\]/, command);
	}
	const {screen, exitCode} = await run('-v');
	assert.equal(exitCode, 0);
	assert.match(screen, /^\d+\.\d+\.\d+$/m);
});

test('a search with no match says so in one line and exits 1', async () => {
	const {screen, exitCode} = await run('search bbzx');
	assert.equal(exitCode, 1);
	assert.match(screen, /^plenum: no match for bbzx$/m);
});

test('export -o x.docx is refused, not written as text', async () => {
	const path = join(dir, 'x.docx');
	const {screen, exitCode} = await run(`export -o ${path}`);
	assert.equal(exitCode, 2);
	assert.match(screen, /plenum: cannot write .*x\.docx: name it \.md, \.json or \.txt/);
	assert.equal(existsSync(path), false);
});

test('a save that cannot be written says why in words, never a bare ENOENT', async () => {
	const s = start({cols: 120, rows: 30});
	sessions.push(s);
	await s.waitForBrowser();
	await s.pressAndSettle([{text: 's'}]);
	await s.waitFor(' as: ');
	await s.press({text: '\x15'}, {text: '/nonexistent/folder/x.md'}, 'enter');
	await s.waitFor(() => /Could not save/.test(statusRow(s)));
	assert.match(statusRow(s), /Could not save \/nonexistent\/folder\/x\.md: no such folder\./);
	assert.doesNotMatch(statusRow(s), /ENOENT/);
	await s.pressAndSettle([{text: 's'}]);
	await s.waitFor(' as: ');
	await s.press({text: '\x15'}, {text: join(dir, 'x.docx')}, 'enter');
	await s.waitFor(() => /Cannot save/.test(statusRow(s)));
	assert.match(statusRow(s), /Cannot save .*x\.docx: name it \.md, \.json or \.txt/);
	await s.press({text: 'q'});
	await s.exited;
});

test('list says "1 file that is not a report"', async () => {
	const {screen, exitCode} = await run(`list data ${join(dir, '..', 'plenum-no-such-report.txt')}`);
	assert.equal(exitCode, 0);
	assert.match(screen, /^plenum: skipped 1 file that is not a report$/m);
});
