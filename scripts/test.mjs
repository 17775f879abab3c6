// Runs every test file under test/ with Node's own runner (TypeScript through tsx), or the files
// named. With --coverage, Node's built-in coverage of source/ (and the tests) is printed after
// them; the tests that run the bundled dist/cli.js in a child process add nothing to it.
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

const args = process.argv.slice(2);
const coverage = args.includes('--coverage') ? ['--experimental-test-coverage', '--enable-source-maps'] : [];
const only = args.filter(arg => arg !== '--coverage');
const files = only.length > 0 ? only : collect('test').sort();
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...coverage, ...files], {stdio: 'inherit'});
process.exit(run.status ?? 1);
