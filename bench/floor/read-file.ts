// The floor for opening a big file: read it and decode it as UTF-8, then print one line. The
// browser cannot show a file sooner than node reads it.
import {readFileSync} from 'node:fs';

const text = new TextDecoder().decode(readFileSync(process.argv[2]));
process.stdout.write(`${text.length} characters q quit\n`);
