// When output is coloured and when the browser is drawn, by the environment a user sets.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {canDrawScreen, colourEnabled} from '../../source/app/colour.ts';

const tty = {isTTY: true} as NodeJS.WriteStream;
const pipe = {isTTY: false} as NodeJS.WriteStream;

function withEnv<T>(env: Record<string, string | undefined>, run: () => T): T {
	const saved = Object.fromEntries(Object.keys(env).map(k => [k, process.env[k]]));
	for (const [k, v] of Object.entries(env))
		if (v === undefined) delete process.env[k];
		else process.env[k] = v;
	try {
		return run();
	} finally {
		for (const [k, v] of Object.entries(saved))
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
	}
}

test('colour on a terminal; off on a pipe, with NO_COLOR, FORCE_COLOR=0 or TERM=dumb; FORCE_COLOR=1 anywhere', () => {
	const base = {NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color'};
	withEnv(base, () => assert.equal(colourEnabled(tty), true));
	withEnv(base, () => assert.equal(colourEnabled(pipe), false));
	withEnv({...base, NO_COLOR: '1'}, () => assert.equal(colourEnabled(tty), false));
	withEnv({...base, FORCE_COLOR: '0'}, () => assert.equal(colourEnabled(tty), false));
	withEnv({...base, FORCE_COLOR: 'false'}, () => assert.equal(colourEnabled(tty), false));
	withEnv({...base, FORCE_COLOR: '1'}, () => assert.equal(colourEnabled(pipe), true));
	withEnv({...base, TERM: 'dumb'}, () => assert.equal(colourEnabled(tty), false));
	withEnv({...base, TERM: 'dumb', FORCE_COLOR: '1'}, () => assert.equal(colourEnabled(tty), true));
});

test('the browser is drawn on a terminal that moves its cursor: not on a pipe, not with TERM=dumb', () => {
	withEnv({TERM: 'xterm-256color'}, () => assert.equal(canDrawScreen(tty), true));
	withEnv({TERM: 'xterm-256color'}, () => assert.equal(canDrawScreen(pipe), false));
	withEnv({TERM: 'dumb'}, () => assert.equal(canDrawScreen(tty), false));
});
