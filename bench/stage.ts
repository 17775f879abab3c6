// One stage of the bench, run by run.ts in a process of its own: `node .bench/stage/stage.mjs
// NAME CLI` prints the stage's rows as JSON. Bundled (no TypeScript loader), and each stage's code
// in a chunk of its own, so the process that times start-ups stays small: a process forks its
// children more slowly the larger it is, and the floor would be measured slow.
import type {BenchRow} from './rows.ts';

type Stage = (cli: string) => Promise<BenchRow[]>;

const STAGES: Record<string, () => Promise<Stage>> = {
	startup: async () => (await import('./startup.ts')).benchStartup,
	browser: async () => (await import('./first-frame.ts')).benchFirstFrame,
	keys: async () => (await import('./keys.ts')).benchKeys,
	memory: async () => (await import('./memory.ts')).benchMemory,
	'big-files': async () => (await import('./big-files.ts')).benchBigFiles,
	folders: async () => (await import('./folders.ts')).benchFolders,
	parse: async () => (await import('./parse.ts')).benchParse,
	search: async () => (await import('./search.ts')).benchSearch,
	diff: async () => (await import('./diff.ts')).benchDiff,
	library: async () => (await import('./library.ts')).benchLibrary,
	fuzz: async () => (await import('./fuzz.ts')).benchFuzz,
	profile: async () => (await import('./profile.ts')).benchProfile,
};

export const STAGE_NAMES = Object.keys(STAGES);

if (process.argv[1]?.endsWith('stage.mjs')) {
	const [name, cli] = process.argv.slice(2);
	const load = STAGES[name];
	if (!load) throw new Error(`no bench stage ${name} (stages: ${STAGE_NAMES.join(', ')})`);
	const rows = await (await load())(cli);
	process.stdout.write(JSON.stringify(rows));
}
