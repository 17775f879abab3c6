// Shell completion and the man page, in a pseudo-terminal as a user meets them: Tab in an
// interactive bash completes plenum's commands, options and their values; `man -l` renders the
// page made from the same help. zsh and fish load their scripts where they are installed.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {start, type Session} from './harness.ts';
import {tempDir} from '../helpers/temp.ts';
import {OPTIONS} from '../../source/cli/help.ts';

const sessions: Session[] = [];
after(() => sessions.forEach(s => s.dispose()));
const dir = tempDir('completion-e2e');

const installed = (shell: string) => {
	try {
		execFileSync('sh', ['-c', `command -v ${shell}`], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
};

async function until(s: Session, check: () => boolean, what: string, timeout = 10000): Promise<void> {
	try {
		await s.waitFor(() => check(), timeout);
	} catch {
		assert.fail(`${what}; screen:\n${s.text()}`);
	}
}

test('bash: Tab completes commands, options and option values', async () => {
	// Readline lists the choices on the first Tab, as many users set it.
	const inputrc = join(dir, 'inputrc');
	writeFileSync(inputrc, 'set show-all-if-ambiguous on\nset bell-style none\n');
	const s = start({cols: 120, rows: 30, shell: 'exec bash --norc --noprofile -i', env: {PS1: 'shell$ ', HISTFILE: '/dev/null', INPUTRC: inputrc}});
	sessions.push(s);
	await s.waitFor('shell$');
	await s.press({text: 'plenum() { "$NODE" "$PLENUM_CLI" "$@"; }; source <(plenum completion bash); clear\r'});
	await until(s, () => /^shell\$ $/m.test(s.text()) && !s.text().includes('completion bash'), 'the completion did not load');
	await s.press({text: 'plenum sec\t'});
	await until(s, () => /section +sections/.test(s.text()), 'Tab did not list section and sections');
	await s.press({text: '\x15plenum export --form\t'});
	await until(s, () => s.text().includes('plenum export --format '), 'Tab did not complete --format');
	await s.press({text: '\t'});
	await until(s, () => /json +md +ndjson +txt/.test(s.text()), 'Tab did not list the formats');
	await s.press({text: '\x15plenum --theme l\t'});
	await until(s, () => s.text().includes('plenum --theme light'), 'Tab did not complete the theme');
	await s.press({text: '\x15plenum completion \t'});
	await until(s, () => /bash +fish +zsh/.test(s.text()), 'Tab did not list the shells');
	await s.press({text: '\x15exit\r'});
	await s.exited;
});

for (const shell of ['zsh', 'fish'] as const) {
	test(`${shell}: the completion script loads`, {skip: installed(shell) ? false : `${shell} is not installed`}, async () => {
		const script = join(dir, `plenum.${shell}`);
		// fish says what it would complete (complete -C); zsh loads the script into compinit.
		const check = shell === 'fish' ? `source ${script}; complete -C "plenum sec"; complete -C "plenum --theme "; echo loaded` : `autoload -U compinit; compinit -u; source ${script} && echo loaded`;
		const s = start({cols: 120, rows: 20, shell: `"$NODE" "$PLENUM_CLI" completion ${shell} > ${script} && ${shell} -c '${check}'`});
		sessions.push(s);
		await until(s, () => s.text().includes('loaded'), `${shell} did not load the script`);
		if (shell === 'fish') assert.match(s.text(), /^sections\s[\s\S]*^light\s/m);
		await s.exited;
	});
}

test('the man page renders with man, with every command and option of --help', async () => {
	const page = join(dir, 'plenum.1');
	// The shell waits for a key before it ends: output still on its way when a pty's process exits
	// can be lost (a third of the runs cut the page short, on an idle machine too).
	const s = start({cols: 100, rows: 400, shell: `"$NODE" "$PLENUM_CLI" man > ${page} && MANPAGER=cat MANWIDTH=100 man -l ${page}; echo "__EXIT=$?"; read done`});
	sessions.push(s);
	// man, groff and a fresh node on a loaded two-core machine have taken over 10 s (CI with every
	// e2e file beside another suite); alone they take under one.
	await until(s, () => s.text().includes('__EXIT='), 'man did not finish', 40000);
	const text = s.text().replace(/‐\n\s+/g, '');
	assert.match(text, /__EXIT=0/);
	assert.match(text, /^PLENUM\(1\) +User Commands +PLENUM\(1\)$/m);
	for (const heading of ['NAME', 'SYNOPSIS', 'COMMANDS', 'OPTIONS', 'SETTINGS', 'EXIT STATUS', 'EXAMPLES']) assert.match(text, new RegExp(`^${heading}$`, 'm'), heading);
	for (const command of ['sections', 'search QUERY', 'export', 'config [path]', 'completion bash|zsh|fish']) assert.ok(text.includes(command), command);
	for (const option of OPTIONS) assert.ok(text.includes(`--${option.flag}`), `--${option.flag}`);
	writeFileSync(join(dir, 'rendered.txt'), text);
	await s.press({text: '\r'});
	await s.exited;
});
