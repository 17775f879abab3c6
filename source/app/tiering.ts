// A folder listing runs much code a little: each file's head through the decoder, the HTML reader
// (linkedom, Readability) and the outline parser, for a few milliseconds a file. V8 compiles a
// function with TurboFan once it has run through its interrupt budget, and in a listing those
// compiles (on V8's helper threads, in each thread that reads) cost more CPU than they save: with
// the budget 8 times the default, the bench's 1,000 files took ~20 % less CPU and 10,000 ~15 % less
// (BENCHMARKS.md); only the code that stays hot is compiled. Raised while a listing reads, and the
// default again after, for the browser it may open.
import {setFlagsFromString} from 'node:v8';

/** V8's interrupt budget in Node 20 (V8 11.3). */
const DEFAULT_BUDGET = 67_584;

/** Hot code is compiled later: while a folder is listed. */
export function optimizeLater(): void {
	setFlagsFromString(`--interrupt-budget=${8 * DEFAULT_BUDGET}`);
}

export function optimizeAsUsual(): void {
	setFlagsFromString(`--interrupt-budget=${DEFAULT_BUDGET}`);
}
