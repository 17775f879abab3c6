// The hand-over to $PAGER or $EDITOR lasts until every program it started has let the terminal
// go. Ctrl-\ (or Ctrl-C) killed the `sh -c` around the pager while the pager, which ignores
// them, ran on: plenum came back and the two read the same terminal.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {dir, open} from './pipe-session.ts';

/** A pager as less behaves: it ignores INT and QUIT. Its wrapper does not, as a script would. */
function pager(name: string): {path: string; answer: string} {
	const answer = join(dir, `${name}.answer`);
	const inner = join(dir, `${name}-inner.sh`);
	writeFileSync(inner, `#!/bin/sh\ntrap '' INT QUIT\nprintf 'pager ready'\nread line\necho "$line" > "${answer}"\n`);
	const path = join(dir, `${name}.sh`);
	writeFileSync(path, `#!/bin/sh\n"${inner}" "$1"\n`);
	chmodSync(inner, 0o755);
	chmodSync(path, 0o755);
	return {path, answer};
}

for (const [name, key] of [
	['Ctrl-\\', '\x1c'],
	['Ctrl-C', '\x03'],
] as const) {
	test(`${name} in the pager: plenum waits for the pager, which gets the keys typed next`, async () => {
		const {path, answer} = pager(`pager-${key.charCodeAt(0)}`);
		const s = await open({env: {PAGER: path}});
		await s.press({text: 'v'});
		await s.waitFor('pager ready');
		await s.press({text: key});
		await new Promise(r => setTimeout(r, 400));
		assert.equal(s.altScreen, false, 'plenum has not taken the terminal back');
		await s.press({text: 'typed after the signal\r'});
		await s.waitFor(/Back from|was killed by SIG(INT|QUIT)/);
		assert.ok(existsSync(answer), 'the pager read the line');
		assert.equal(readFileSync(answer, 'utf8'), 'typed after the signal\n');
		assert.equal(s.altScreen, true);
		await s.press({text: 'q'});
		assert.equal((await s.exited).exitCode, 0);
	});
}
