// What every start-up measurement shares: the environment programs run in, and reading their
// peak memory.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ROOT} from './root.ts';

/** Preloaded into a measured program (node --import) to record its peak RSS at exit. */
export const RSS_PROBE = join(ROOT, 'bench', 'rss-probe.mjs');

/**
 * The environment every measured program runs in. NODE_EXTRA_CA_CERTS adds ~35 ms to each Node
 * start, and CI makes Ink draw differently: neither is part of what is measured.
 */
export function measuredEnvironment(extra: Record<string, string> = {}): Record<string, string> {
	const env: Record<string, string> = {};
	// Nor which terminal runs the bench: plenum writes less to one with left and right margins
	// (xterm, iTerm2, WezTerm), and the bench names that terminal where it measures it.
	const left = new Set(['CI', 'NODE_EXTRA_CA_CERTS', 'TERM_PROGRAM', 'XTERM_VERSION', 'TMUX', 'STY']);
	for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !left.has(k)) env[k] = v;
	return {...env, ...extra};
}

/** Peak RSS in MB of a run: `run` gets the environment that makes RSS_PROBE report it. */
export async function peakRssOf(run: (env: Record<string, string>) => unknown): Promise<number> {
	return (await probed(run)).peak;
}

/**
 * Peak RSS in MB and CPU time in seconds (user + system, all threads) of a run: `run` gets the
 * environment that makes RSS_PROBE report them. A program with worker threads writes a line per
 * thread (each thread preloads the probe): the process's figures are the largest.
 */
export async function probed(run: (env: Record<string, string>) => unknown): Promise<{peak: number; cpu: number}> {
	const dir = mkdtempSync(join(tmpdir(), 'plenum-rss-'));
	const largest = (file: string) => Math.max(...readFileSync(file, 'utf8').trim().split('\n').map(Number));
	try {
		await run({PLENUM_RSS_OUT: join(dir, 'rss'), PLENUM_CPU_OUT: join(dir, 'cpu')});
		return {peak: largest(join(dir, 'rss')), cpu: largest(join(dir, 'cpu'))};
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}
