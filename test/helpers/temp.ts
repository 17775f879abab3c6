// A scratch folder for one test file, removed when the file's tests are done (pass or fail): a
// test run leaves nothing behind in the system's temporary folder.
import {after} from 'node:test';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), `plenum-${prefix}-`));
	after(() => rmSync(dir, {recursive: true, force: true}));
	return dir;
}
