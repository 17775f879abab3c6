// Ink's layout engine, loaded when the browser is about to draw rather than when Ink is imported.
// yoga-layout's own entry instantiates its WebAssembly with a top-level await, which ties the
// cost to the import and rules out a bundle that is loaded once and kept (the start-up snapshot).
// The build points Ink's `yoga-layout` here; browse() awaits loadLayoutEngine() before render().
import {loadYoga, type Yoga} from 'yoga-layout/load';

export * from 'yoga-layout/load';

const engine = {} as Yoga;
export default engine;

let loading: Promise<void> | undefined;

export function loadLayoutEngine(): Promise<void> {
	loading ??= (async () => {
		// The loader fetches its own data: URL when a global fetch exists, which pulls in all of
		// undici (~15 ms); without fetch it decodes the same bytes in place.
		const {fetch} = globalThis;
		(globalThis as {fetch?: unknown}).fetch = undefined;
		try {
			Object.assign(engine, await loadYoga());
		} finally {
			globalThis.fetch = fetch;
		}
	})();
	return loading;
}
