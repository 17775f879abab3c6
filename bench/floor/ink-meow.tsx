// The floor for the browser with plenum's argument parsing: meow reads the arguments, then Ink
// draws one line (see ink.tsx).
import meow from 'meow';

process.env.PLENUM_FLOOR_MEOW = '1';
const {drawOnce} = await import('./ink.tsx');
await drawOnce(meow('usage', {importMeta: import.meta, argv: process.argv.slice(2)}).input);
