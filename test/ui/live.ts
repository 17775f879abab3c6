// Driving a live app in ink-testing-library: wait for a frame, type keys as a terminal sends them.
import assert from 'node:assert/strict';

/** The first frame that matches, within `timeout`: Ink draws on its own schedule, slower when busy. */
export async function frameMatching(lastFrame: () => string | undefined, pattern: RegExp, timeout = 4000): Promise<string> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const frame = lastFrame() ?? '';
		if (pattern.test(frame)) return frame;
		if (Date.now() > deadline) assert.fail(`no frame matched ${pattern}; last frame:\n${frame}`);
		await new Promise(r => setTimeout(r, 10));
	}
}

/** Each press written on its own, a short pause apart, as a person types. */
export async function keys(stdin: {write: (s: string) => void}, ...presses: string[]): Promise<void> {
	for (const p of presses) {
		stdin.write(p);
		await new Promise(r => setTimeout(r, 20));
	}
}
