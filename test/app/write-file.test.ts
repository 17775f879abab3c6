// A save that fails never costs the file it replaces: under a file size limit the old file is
// whole afterwards, and no temporary file is left in the folder.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync} from 'node:fs';
import {join} from 'node:path';
import {outputConflict, writeFileAtomic} from '../../source/app/write-file.ts';
import {saveFile} from '../../source/ui/actions/save.ts';
import {tempDir} from '../helpers/temp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = () => tempDir('write');
const KEEP = '原来的文件，一字不能少。\n'.repeat(200);

/** Runs `code` in a child under `ulimit -f 1` (512-byte blocks): a write past 512 bytes fails. */
function underLimit(code: string): {status: number | null; stdout: string; stderr: string} {
	const script = `ulimit -f 1; exec "${process.execPath}" --import tsx --input-type=module -e "$CODE"`;
	return spawnSync('sh', ['-c', script], {cwd: ROOT, encoding: 'utf8', env: {...process.env, CODE: code}});
}

test('a replacement larger than the file size limit fails with EFBIG and leaves the old file whole', () => {
	const folder = dir();
	const path = join(folder, 'keep.md');
	writeFileSync(path, KEEP.slice(0, 100));
	const run = underLimit(`import {saveFile} from './source/ui/actions/save.ts'; console.log(JSON.stringify(saveFile(${JSON.stringify(path)}, ${JSON.stringify(KEEP)}, true)));`);
	assert.equal(run.status, 0, run.stderr);
	assert.deepEqual(JSON.parse(run.stdout), {ok: false, taken: false, reason: 'EFBIG'});
	assert.equal(readFileSync(path, 'utf8'), KEEP.slice(0, 100));
	assert.deepEqual(readdirSync(folder), ['keep.md']);
});

test('a replacement takes the old file’s permissions; without replace an existing file is untouched', () => {
	const folder = dir();
	const path = join(folder, 'keep.md');
	writeFileSync(path, 'old');
	chmodSync(path, 0o600);
	writeFileAtomic(path, 'new', {replace: true});
	assert.equal(readFileSync(path, 'utf8'), 'new');
	assert.equal(statSync(path).mode & 0o777, 0o600);
	assert.throws(() => writeFileAtomic(path, 'newer', {replace: false}), {code: 'EEXIST'});
	assert.equal(readFileSync(path, 'utf8'), 'new');
	assert.deepEqual(saveFile(path, 'x', false), {ok: false, taken: true, reason: 'EEXIST'});
	assert.deepEqual(readdirSync(folder), ['keep.md']);
});

test('replacing a symbolic link replaces the link, never the file it points to', () => {
	const folder = dir();
	const target = join(folder, 'target.md');
	const link = join(folder, 'link.md');
	writeFileSync(target, 'target');
	symlinkSync(target, link);
	writeFileAtomic(link, 'written', {replace: true});
	assert.equal(readFileSync(target, 'utf8'), 'target');
	assert.equal(readFileSync(link, 'utf8'), 'written');
	assert.ok(!statSync(link).isSymbolicLink());
});

test('an output is refused when it is the input by any name, a folder, or (without force) already there', () => {
	const folder = dir();
	const input = join(folder, 'r.html');
	writeFileSync(input, '<html></html>');
	const hard = join(folder, 'hard.html');
	linkSync(input, hard);
	const soft = join(folder, 'soft.md');
	symlinkSync(input, soft);
	const other = join(folder, 'other.md');
	writeFileSync(other, 'x');
	const dangling = join(folder, 'dangling.md');
	symlinkSync(join(folder, 'nowhere'), dangling);
	for (const output of [input, hard, soft, join(folder, '.', 'r.html')]) assert.match(outputConflict(output, input, true) ?? '', /^will not write over the report itself/, output);
	assert.equal(outputConflict(folder, input, true), `${folder} is a folder`);
	assert.equal(outputConflict(other, input, false), `${other} exists (--force replaces it)`);
	assert.equal(outputConflict(other, input, true), null);
	assert.match(outputConflict(dangling, input, false) ?? '', /is a symbolic link/);
	assert.equal(outputConflict(join(folder, 'new.md'), input, false), null);
	assert.equal(outputConflict(input, '-', false), `${input} exists (--force replaces it)`);
	assert.ok(existsSync(input));
});
