// V8 doubles its young generation whenever enough has survived its collections since it last
// grew, up to 32 MB (two semi-spaces of 16 MB), and does not give that space back while the
// program keeps allocating. In the browser that was a fifth of its memory after two minutes of
// keys (bench/memory.ts: each key allocates a little and keeps less, and the frames' garbage fits
// in the smallest young generation), and on a 10 MB report 25 MB held idle beside the extractors'
// worker, at the peak. The growth factor is read each time the space would grow, so setting it
// to 1 holds the young generation at the size it has; neither the keys nor the parser cost more
// CPU for it (BENCHMARKS.md).
//
// Node resets V8's flags when a worker thread starts (measured on Node 20.20: a factor set before
// `new Worker`, or when it comes online, is lost), so it is set again once the extractors' worker
// has answered, and by a folder listing once its worker is online (app/library.ts: 32 MB of a
// listing's ~160 MB peak at 1,000 files; there, on 20.20, a factor set at 'online' held).
import {setFlagsFromString} from 'node:v8';

export function holdYoungGeneration(): void {
	setFlagsFromString('--semi-space-growth-factor=1');
}
