import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {runCli, runShell} from '../helpers/run-cli.ts';
import {BUNDLED, corpusFile, parseFile} from '../helpers/corpus.ts';

const ESC = '\u001b';

test('with stdout on a pipe, plenum prints the outline of the bundled report, without colour codes', async () => {
	const run = runCli([]);
	assert.equal(run.status, 0);
	assert.equal(run.stderr, '');
	assert.ok(run.stdout.startsWith('市委召开八届九次全体(扩大)会议\n'));
	assert.match(run.stdout, /Sections \(\d+\)/);
	assert.match(run.stdout, /全会指出/);
	assert.ok(!run.stdout.includes(ESC));
});

test('--json prints the whole model in the documented shape', async () => {
	const run = runCli(['--json']);
	assert.equal(run.status, 0);
	const model = JSON.parse(run.stdout);
	for (const key of ['meta', 'sections', 'measures', 'people', 'bodies', 'terms', 'footer']) assert.ok(key in model, key);
	assert.equal(model.meta.date, '2020-12-12');
	assert.equal(model.sections[0].id, 1);
});

test('section N prints that section and nothing else', async () => {
	const report = await parseFile(BUNDLED);
	const third = report.sections[2];
	const run = runCli(['section', '3']);
	assert.equal(run.status, 0);
	assert.equal(run.stdout, third.text + '\n');
});

test('section 99 names the count of sections and exits 1', async () => {
	const sections = (await parseFile(BUNDLED)).sections.length;
	const run = runCli(['section', '99']);
	assert.equal(run.status, 1);
	assert.equal(run.stdout, '');
	assert.equal(run.stderr, `plenum: no section 99 (the report has ${sections} sections)\n`);
});

test('a missing file is one clear line and exit 2, never a stack trace', async () => {
	const run = runCli(['sections', '/nonexistent/report.txt']);
	assert.equal(run.status, 2);
	assert.equal(run.stderr, 'plenum: /nonexistent/report.txt: no such file\n');
});

test('a usage error exits 2 with a hint', async () => {
	const bad = runCli(['section', 'three']);
	assert.equal(bad.status, 2);
	assert.match(bad.stderr, /^plenum: section needs a number/);
	const flag = runCli(['--bogus']);
	assert.equal(flag.status, 2);
	assert.match(flag.stderr, /--bogus/);
	assert.match(flag.stderr, /--help/);
	assert.equal(flag.stderr.trim().split('\n').length, 1);
});

test('every command takes a file or stdin last, and --json', async () => {
	const file = corpusFile('07');
	const fromFile = runCli(['sections', '--json', file]);
	const fromStdin = runCli(['sections', '--json', '-'], {input: readFileSync(file)});
	assert.equal(fromFile.status, 0);
	assert.deepEqual(JSON.parse(fromStdin.stdout), JSON.parse(fromFile.stdout));
	for (const command of ['measures', 'attendees', 'terms', 'meta']) {
		const run = runCli([command, '--json', file]);
		assert.equal(run.status, 0, command);
		JSON.parse(run.stdout);
	}
	const terms = runCli(['terms', file]);
	assert.match(terms.stdout, /“[^”]+”\s+×\d+/);
	const meta = runCli(['meta', file]);
	assert.match(meta.stdout, /title\s+中国共产党第十九届中央委员会第七次全体会议公报/);
});

test('--help lists every command with an example; --version prints the version', async () => {
	const help = runCli(['--help']);
	assert.equal(help.status, 0);
	for (const command of ['sections', 'section N', 'measures', 'attendees', 'terms', 'meta']) assert.ok(help.stdout.includes(command), command);
	assert.ok((help.stdout.match(/e\.g\. plenum/g) ?? []).length >= 6);
	const version = runCli(['--version']);
	assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+$/);
	// What people type first: -h, plenum help, -v.
	for (const args of [['-h'], ['help'], ['help', 'search']]) {
		const run = runCli(args);
		assert.equal(run.status, 0, args.join(' '));
		assert.equal(run.stdout, help.stdout, args.join(' '));
	}
	assert.equal(runCli(['-v']).stdout, version.stdout);
});

test("every example in --help runs and prints something (GNU sort's -t takes one byte, so no ×)", () => {
	const help = runCli(['--help']).stdout;
	const examples = [...help.matchAll(/e\.g\. (plenum .*)$/gm)].map(m => m[1].trim());
	assert.ok(examples.length >= 8);
	for (const example of examples) {
		// Examples that name a file of the reader's (report.txt, 2023.txt, ~/reports) or write one.
		if (/report\.(txt|html)|\b\d{4}\.(txt|html)\b|~\/| > |-o /.test(example)) continue;
		const run = runShell(example.replace(/^plenum/, '$PLENUM').replace(/\| *plenum/g, '| $PLENUM'));
		assert.equal(run.status, 0, `${example}: ${run.stderr}`);
		assert.notEqual(run.stdout.trim(), '', example);
	}
	const terms = runShell(`$PLENUM terms --json | jq -r '.[] | "\\(.count) \\(.text)"' | sort -rn`);
	assert.match(terms.stdout, /^8 四个率先$/m);
});

test('a closed pipe ends quietly: exit 0, nothing on stderr', async () => {
	const json = runShell('$PLENUM --json | head -1');
	assert.equal(json.status, 0);
	assert.equal(json.stdout, '{\n');
	assert.equal(json.stderr, '');
	const section = runShell('$PLENUM section 3 | head -c 10 >/dev/null');
	assert.equal(section.status, 0);
	assert.equal(section.stderr, '');
});

test('colour only on a terminal: FORCE_COLOR styles, NO_COLOR wins', async () => {
	const forced = runCli(['sections'], {env: {FORCE_COLOR: '1'}});
	assert.ok(forced.stdout.includes(ESC));
	const off = runCli(['sections'], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}});
	assert.ok(!off.stdout.includes(ESC));
});

test('--explain prints the rule behind each list and each person, and --json carries the same', async () => {
	// The bundled report: 市委书记马卫光…讲话 (spoke), 指导思想是… (a labelled list).
	const people = runCli(['attendees', '--explain']);
	assert.equal(people.status, 0);
	assert.match(people.stdout, /马卫光 +spoke.*← spoke: 讲话/);
	assert.match(people.stdout, /市委委员 42 +attended +← head count/);
	const lists = runCli(['measures', '--explain']);
	assert.match(lists.stdout, /指导思想 \(principle, \d+\) +← label/);
	assert.doesNotMatch(runCli(['measures']).stdout, /←/);
	const model = JSON.parse(runCli(['--json']).stdout);
	assert.ok(model.measures.every((m: {rule?: string}) => typeof m.rule === 'string'));
	assert.ok(model.people.find((p: {name: string}) => p.name === '马卫光').rules.includes('spoke: 讲话'));
});

test('--help, the man page and each completion script are made from one list: every command and option is in all', () => {
	const help = runCli(['--help']).stdout;
	const man = runCli(['man']).stdout;
	const scripts = ['bash', 'zsh', 'fish'].map(shell => runCli(['completion', shell]));
	for (const run of scripts) assert.equal(run.status, 0);
	for (const flag of [...help.matchAll(/^ {4}(?:-\w, )?--([\w-]+)/gm)].map(m => m[1])) {
		assert.ok(man.includes(`\\-\\-${flag.replace(/-/g, '\\-')}`), `man: --${flag}`);
		for (const run of scripts) assert.ok(run.stdout.includes(flag), `completion: --${flag}`);
	}
	const block = help.slice(help.indexOf('  Commands'), help.indexOf('  Options'));
	const commands = [...block.matchAll(/^ {2}(\w+) /gm)].map(m => m[1]);
	assert.ok(commands.length >= 12, commands.join());
	for (const command of commands) {
		assert.ok(man.includes(`.B ${command}`), `man: ${command}`);
		for (const run of scripts) assert.ok(run.stdout.includes(command), `completion: ${command}`);
	}
	assert.equal(runCli(['completion', 'tcsh']).status, 2);
});
