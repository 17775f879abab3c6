// The floor for the browser on plenum's stack: Ink drawing one line.
import {drawOnce} from './draw-once.tsx';

await drawOnce(process.argv.slice(2));
