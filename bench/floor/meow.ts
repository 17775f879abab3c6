// The floor for a pipe command on plenum's stack: meow reads the arguments, then a line is printed.
import meow from 'meow';

// As plenum does: its package as the build writes it in (scripts/bundle-rules.mjs), not read from disk.
const pkg = process.env.PLENUM_PACKAGE ? {pkg: JSON.parse(process.env.PLENUM_PACKAGE) as Record<string, unknown>} : {};

const cli = meow('usage', {importMeta: import.meta, argv: process.argv.slice(2), ...pkg, flags: {json: {type: 'boolean', default: false}}});
process.stdout.write(`${cli.input.join(' ')}\n`);
