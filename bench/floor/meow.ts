// The floor for a pipe command on plenum's stack: meow reads the arguments, then a line is printed.
import meow from 'meow';

const cli = meow('usage', {importMeta: import.meta, argv: process.argv.slice(2), flags: {json: {type: 'boolean', default: false}}});
process.stdout.write(`${cli.input.join(' ')}\n`);
