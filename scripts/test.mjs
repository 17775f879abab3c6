// Runs the test files under test/ with Node's own runner (TypeScript through tsx), or the files
// named. The fast files run first, several at once; then, one at a time, the end-to-end files
// (test/e2e: the built command in a pseudo-terminal, where a busy machine must not starve a
// frame) and the slow ones (*.slow.test.ts: a 50 MB report and the like). `--unit` runs only the
// fast ones (`npm run test:unit`); `npm test` and CI run them all. With --coverage, Node's
// built-in coverage of source/ (and the tests) is printed after them; the tests that run the
// bundled dist/cli.js in a child process add nothing to it.
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

const isFast = path => !path.split(/[\\/]/).includes('e2e') && !/\.slow\.test\.tsx?$/.test(path);

function run(files, concurrency) {
	if (files.length === 0) return 0;
	const options = [...(concurrency ? [`--test-concurrency=${concurrency}`] : []), '--test-reporter=spec', ...coverage];
	return spawnSync(process.execPath, ['--import', 'tsx', '--test', ...options, ...files], {stdio: 'inherit'}).status ?? 1;
}

const args = process.argv.slice(2);
const coverage = args.includes('--coverage') ? ['--experimental-test-coverage', '--enable-source-maps'] : [];
const named = args.filter(arg => !arg.startsWith('--'));
const files = named.length > 0 ? named : collect('test').sort();
const fast = run(files.filter(isFast), 4);
const slow = files.filter(path => !isFast(path));
const rest = args.includes('--unit') ? 0 : run(slow, 1);
process.exit(fast || rest);
