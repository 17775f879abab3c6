// Runs the built command the way a user's shell does, with stdout and stderr as pipes.
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';

/** The built command; PLENUM_E2E_CLI points these tests, as the e2e ones, at another build. */
export const CLI = process.env.PLENUM_E2E_CLI ?? join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

export interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

export function runCli(args: string[], options: {input?: string | Buffer; env?: Record<string, string | undefined>; uid?: number; cli?: string} = {}): Run {
	const env: Record<string, string | undefined> = {...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env};
	for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
	// With no input, stdin is /dev/null, as in a shell with nothing piped in: an empty pipe is an
	// empty report (exit 5), not the bundled one.
	const stdin = options.input === undefined ? 'ignore' : 'pipe';
	const result = spawnSync(process.execPath, [options.cli ?? CLI, ...args], {input: options.input, stdio: [stdin, 'pipe', 'pipe'], env, encoding: 'utf8', maxBuffer: 64 << 20, uid: options.uid});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** A shell pipeline, for closed-pipe behaviour (`plenum … | head -1`). */
export function runShell(script: string): Run {
	const result = spawnSync('bash', ['-c', `set -o pipefail; ${script}`], {stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: {...process.env, PLENUM: `${process.execPath} ${CLI}`}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}
