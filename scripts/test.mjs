// Runs every test file under test/ with Node's own runner (TypeScript through tsx).
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';

function collect(dir) {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : collect(path);
		return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : collect('test').sort();
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {stdio: 'inherit'});
process.exit(run.status ?? 1);
