// Which parser made an index: a hash of the code that turns a file into what the index holds. The
// build (scripts/bundle-rules.mjs) computes it the same way and writes it into the bundle; run
// from TypeScript, the sources are read. A changed parser makes `plenum index` rebuild.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

declare const __PLENUM_PARSER_VERSION__: string | undefined;

/** What the index's content depends on; scripts/bundle-rules.mjs lists the same. */
export const PARSER_SOURCES = [
	'source/load',
	'source/parse',
	'source/model',
	'source/text',
	'source/search/fold.ts',
	'source/library/record.ts',
	'source/library/fold.ts',
	'source/library/initials.ts',
	'source/library/postings.ts',
	'source/library/series.ts',
];

function filesUnder(path: string): string[] {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path).flatMap(name => filesUnder(join(path, name)));
}

export function hashSources(root: string): string {
	const hash = createHash('sha1');
	for (const file of PARSER_SOURCES.flatMap(p => filesUnder(join(root, p))).sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
	return hash.digest('hex').slice(0, 16);
}

let computed: string | null = null;

export function parserVersion(): string {
	if (typeof __PLENUM_PARSER_VERSION__ === 'string') return __PLENUM_PARSER_VERSION__;
	computed ??= hashSources(join(import.meta.dirname, '..', '..'));
	return computed;
}
