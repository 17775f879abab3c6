// Prints what plenum shows in a pseudo-terminal after some keys, for notes and bug reports:
//   npx tsx test/e2e/capture.ts 120 40 3 down enter
// Each argument after the size is a key name from harness.ts (down, enter, pageDown …) or text.
import {start, KEYS, type KeyName} from './harness.ts';

const [cols = '80', rows = '24', ...keys] = process.argv.slice(2);
const session = start({cols: Number(cols), rows: Number(rows)});
try {
	await session.waitForBrowser();
	await session.idle(150);
	for (const key of keys) await session.pressAndSettle([key in KEYS ? (key as KeyName) : {text: key}]);
	await session.idle(200);
	process.stdout.write(session.text() + '\n');
	const problems = session.problems();
	if (problems.length > 0) process.stderr.write(JSON.stringify(problems, null, 2) + '\n');
} finally {
	session.kill('SIGTERM');
	await session.exited;
	session.dispose();
}
