// Preloaded into a measured command (node --import): records the process's peak RSS at exit.
import {appendFileSync} from 'node:fs';

process.on('exit', () => {
	if (process.env.PLENUM_RSS_OUT) appendFileSync(process.env.PLENUM_RSS_OUT, `${process.resourceUsage().maxRSS / 1024}\n`);
});
