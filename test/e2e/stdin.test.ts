// Where the report comes from when a terminal is involved: `plenum -` typed at a terminal, and
// an empty pipe, in a pseudo-terminal as a user meets them.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {start, type Session} from './harness.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

const EXIT = '__EXIT=';

async function run(shell: string): Promise<{screen: string; exitCode: number}> {
	const s = start({cols: 100, rows: 24, shell: `${shell}; echo "${EXIT}$?"`});
	sessions.push(s);
	await s.waitFor(EXIT, 8000);
	await s.exited;
	const screen = s.text();
	return {screen, exitCode: Number(new RegExp(`${EXIT}(\\d+)`).exec(screen)?.[1])};
}

test('plenum - with a terminal on stdin prints a one-line hint and exits 2, never EAGAIN', async () => {
	for (const command of ['', 'sections ', 'search bbzl ']) {
		const {screen, exitCode} = await run(`"$NODE" "$PLENUM_CLI" ${command}-`);
		assert.equal(exitCode, 2, screen);
		const lines = screen.split('\n').filter(l => l.trim() !== '' && !l.startsWith(EXIT));
		assert.equal(lines.length, 1, screen);
		assert.match(lines[0], /^plenum: - reads a report from stdin, but stdin is a terminal \(try: cat report\.txt \| plenum .*-\)$/);
	}
});

test('an empty pipe is an empty report: exit 5, not the bundled report', async () => {
	for (const command of ['sections', 'meta --json', '']) {
		const {screen, exitCode} = await run(`cat /nonexistent/missing 2>/dev/null | "$NODE" "$PLENUM_CLI" ${command}`);
		assert.equal(exitCode, 5, screen);
		assert.match(screen, /^plenum: stdin is empty$/m);
		assert.doesNotMatch(screen, /市委|Shaoxing/);
	}
});
