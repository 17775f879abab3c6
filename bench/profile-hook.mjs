// Preloaded into a profiled program (node --import): SIGUSR2 starts a CPU profile of the main
// thread and the next SIGUSR2 writes it to PLENUM_PROFILE_OUT; with PLENUM_PROFILE_FROM_START=1
// the profile starts at once and the first SIGUSR2 writes it. bench/profile.ts sends the signals.
import {Session} from 'node:inspector';
import {writeFileSync} from 'node:fs';

const session = new Session();
session.connect();
let running = false;
const post = (method, params = {}) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

async function start() {
	await post('Profiler.enable');
	await post('Profiler.setSamplingInterval', {interval: 200});
	await post('Profiler.start');
	running = true;
}

process.on('SIGUSR2', async () => {
	if (!running) return start();
	const {profile} = await post('Profiler.stop');
	running = false;
	writeFileSync(process.env.PLENUM_PROFILE_OUT, JSON.stringify(profile));
});

if (process.env.PLENUM_PROFILE_FROM_START === '1') await start();
