// Light and dark terminals in a pseudo-terminal: plenum asks the terminal for its background
// (OSC 11) and draws with the palette that reads on it; a terminal that does not say gets the
// dark one at once; --theme and the theme setting decide without asking.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {start, type Session, type StartOptions} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));

/** ANSI colour numbers as the emulator reports them. */
const CYAN = '6';
const BLUE = '4';
const YELLOW = '3';

async function open(options: StartOptions): Promise<Session> {
	const s = start({cols: 100, rows: 30, ...options, env: {COLORFGBG: undefined, XDG_CONFIG_HOME: tempDir('theme-none'), ...options.env}});
	sessions.push(s);
	await s.waitForBrowser();
	await s.idle(60);
	return s;
}

/** The colour of the lead phrase 全会指出 in the sections list (row of §3). */
function leadColour(s: Session): string {
	const cell = s.cells().find(c => c.row === 5 && c.char === '全');
	assert.ok(cell, `no lead phrase on row 5:\n${s.text()}`);
	return cell.fg;
}

test('a light terminal (white background over OSC 11) gets the light palette: no cyan or yellow text', async () => {
	const s = await open({background: '#ffffff'});
	assert.ok(s.output.includes('\x1b]11;?'), 'plenum did not ask for the background');
	assert.equal(leadColour(s), BLUE);
	const coloured = s.cells().filter(c => c.bg === 'default' && (c.fg === CYAN || c.fg === YELLOW));
	assert.deepEqual(
		coloured.map(c => c.char),
		[],
		'cyan or yellow text on a light background',
	);
	await s.press({text: 'q'});
	await s.exited;
});

test('a dark terminal gets the dark palette; one that does not answer OSC 11 too', async () => {
	for (const background of ['#1e1e2e', undefined]) {
		const s = await open({background});
		assert.equal(leadColour(s), CYAN, `background ${background}`);
		await s.press({text: 'q'});
		await s.exited;
	}
});

test('--theme and the theme setting choose without asking; the flag wins', async () => {
	const config = tempDir('theme-config');
	mkdirSync(join(config, 'plenum'));
	writeFileSync(join(config, 'plenum', 'config.json'), '{"theme": "light"}');
	const cases: [StartOptions, string][] = [
		[{args: ['--theme', 'light'], background: '#000000'}, BLUE],
		[{args: ['--theme', 'dark'], background: '#ffffff'}, CYAN],
		[{env: {XDG_CONFIG_HOME: config}, background: '#000000'}, BLUE],
		[{env: {XDG_CONFIG_HOME: config}, args: ['--theme', 'dark']}, CYAN],
		[{env: {COLORFGBG: '0;15'}}, BLUE],
	];
	for (const [options, colour] of cases) {
		const s = await open(options);
		assert.equal(leadColour(s), colour, JSON.stringify(options));
		if (options.args?.includes('--theme') || options.env?.XDG_CONFIG_HOME || options.env?.COLORFGBG) assert.ok(!s.output.includes('\x1b]11;?'), `asked the terminal though told: ${JSON.stringify(options)}`);
		await s.press({text: 'q'});
		await s.exited;
	}
});
