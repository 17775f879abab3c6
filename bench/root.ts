// Where the repository is, found from this file upwards, so the bench's bundled stages
// (.bench/stages) find it as well as the TypeScript sources do. Scratch files go in .bench/.
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';

function findRoot(): string {
	let dir = import.meta.dirname;
	while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
	return dir;
}

export const ROOT = findRoot();
export const SCRATCH = join(ROOT, '.bench');
/** The floor programs, bundled by floor.ts. */
export const FLOOR_OUT = join(SCRATCH, 'floor');
