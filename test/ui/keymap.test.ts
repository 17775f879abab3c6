// The keymap is the one table of keys: no key means two things in one mode, the report picker
// and the Compare view read their keys from it too, and the README's key table names only keys it binds, and every
// command of the browser's main screen.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {KEYMAP, commandFor, type KeymapMode, type KeySpec} from '../../source/ui/input/keymap.ts';
import {NO_KEY} from '../../source/ui/terminal/decode.ts';

const MODES: KeymapMode[] = ['normal', 'help', 'search', 'picker', 'compare'];

/** What a terminal sends for the key, as one comparable string. */
function identity(spec: KeySpec): string {
	return JSON.stringify([spec.input ?? null, spec.key ?? null, Boolean(spec.ctrl), Boolean(spec.shift), spec.fn ?? null]);
}

test('no key is bound twice in one mode', () => {
	for (const mode of MODES) {
		const seen = new Map<string, string>();
		for (const binding of KEYMAP.filter(b => b.modes.includes(mode))) {
			for (const spec of binding.keys) {
				const id = identity(spec);
				assert.ok(!seen.has(id), `${mode}: ${spec.label} is bound to ${seen.get(id)} and to ${binding.command}`);
				seen.set(id, binding.command);
			}
		}
	}
});

test('every binding is found by commandFor in each of its modes, with the key as Ink reports it', () => {
	for (const binding of KEYMAP) {
		for (const spec of binding.keys) {
			const key = {...NO_KEY, ctrl: Boolean(spec.ctrl), shift: Boolean(spec.shift), ...(spec.key ? {[spec.key]: true} : {}), ...(spec.fn ? {fn: spec.fn} : {})};
			for (const mode of binding.modes) assert.equal(commandFor(mode, spec.input ?? '', key), binding.command, `${mode}: ${spec.label}`);
		}
	}
});

test("the picker's keys are the keymap's: move, open, quit, filter, mark and compare", () => {
	const picker = new Set(KEYMAP.filter(b => b.modes.includes('picker')).map(b => b.command));
	for (const command of ['down', 'up', 'top', 'bottom', 'open', 'quit', 'interrupt', 'mark', 'compare', 'search', 'back'] as const) assert.ok(picker.has(command), command);
	const source = readFileSync(join(import.meta.dirname, '../../source/ui/picker/state.ts'), 'utf8');
	assert.match(source, /commandFor\('picker'/);
	assert.doesNotMatch(source, /input === '|key\.(?:upArrow|downArrow)/, 'the picker reads no key of its own');
});

test("the Compare view's keys are the keymap's: move, tabs, sides, open, back, help, quit", () => {
	const compare = new Set(KEYMAP.filter(b => b.modes.includes('compare')).map(b => b.command));
	for (const command of ['down', 'up', 'pageDown', 'pageUp', 'top', 'bottom', 'nextTab', 'prevTab', 'tab1', 'tab4', 'oldSide', 'newSide', 'open', 'back', 'help', 'quit', 'interrupt'] as const)
		assert.ok(compare.has(command), command);
	const dir = join(import.meta.dirname, '../../source/ui/compare-view');
	for (const name of readdirSync(dir)) {
		const source = readFileSync(join(dir, name), 'utf8');
		assert.doesNotMatch(source, /input === '|key\.(?:upArrow|downArrow|leftArrow|rightArrow|return|escape|tab)\b/, `${name} reads no key of its own`);
	}
	assert.match(readFileSync(join(dir, 'CompareApp.tsx'), 'utf8'), /commandFor\('compare'/);
});

/** The README's key table: each row's keys, as written between backticks (`1`–`4` is a range). */
function readmeKeys(): string[][] {
	const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
	const table = readme.slice(readme.indexOf('| keys | what they do |')).split('\n\n')[0].split('\n').slice(2);
	assert.ok(table.length > 0, 'the README has its key table');
	return table.map(row => {
		const cell = row
			.replace(/\\\|/g, '\u0000')
			.split('|')[1]
			.replace(/\u0000/g, '|');
		const keys: string[] = [];
		for (const m of cell.matchAll(/`([^`]+)`(?:–`([^`]+)`)?/g)) {
			if (m[2] === undefined) keys.push(m[1]);
			else for (let n = Number(m[1]); n <= Number(m[2]); n++) keys.push(String(n));
		}
		return keys;
	});
}

test("the README's key table names only bound keys, and a key of every command on the main screen", () => {
	const rows = readmeKeys();
	const named = new Set(rows.flat());
	const bound = KEYMAP.filter(b => b.modes.includes('normal'));
	const labels = new Set(bound.flatMap(b => b.keys.flatMap(k => [k.label, k.input ?? ''])));
	for (const key of named) assert.ok(labels.has(key), `the README names ${key}, which the keymap does not bind on the main screen`);
	for (const binding of bound)
		assert.ok(
			binding.keys.some(k => named.has(k.label)),
			`the README's key table has no key for ${binding.command} (${binding.keys.map(k => k.label).join(' ')})`,
		);
});
