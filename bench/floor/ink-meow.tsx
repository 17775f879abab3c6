// The floor for the browser with plenum's argument parsing: meow reads the arguments, then Ink
// draws one line.
import meow from 'meow';

// As plenum does: its package as the build writes it in (scripts/bundle-rules.mjs), not read from disk.
const pkg = process.env.PLENUM_PACKAGE ? {pkg: JSON.parse(process.env.PLENUM_PACKAGE) as Record<string, unknown>} : {};
import {drawOnce} from './draw-once.tsx';

await drawOnce(meow('usage', {importMeta: import.meta, argv: process.argv.slice(2), ...pkg}).input);
