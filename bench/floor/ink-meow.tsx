// The floor for the browser with plenum's argument parsing: meow reads the arguments, then Ink
// draws one line.
import meow from 'meow';
import {drawOnce} from './draw-once.tsx';

await drawOnce(meow('usage', {importMeta: import.meta, argv: process.argv.slice(2)}).input);
