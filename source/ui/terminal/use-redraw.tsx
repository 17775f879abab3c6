// Drawing the whole frame again when the screen was lost (back from a suspension): Ink writes a
// frame only when it changed, so it is asked to clear what it thinks is on screen and write the
// last frame again — what its own write does.
import {useEffect, type ReactNode} from 'react';
import {useStdout} from 'ink';

/** Subscribe a redraw; returns the unsubscribe. */
export type RedrawSource = (listener: () => void) => () => void;

/** A RedrawSource and the function that fires it. */
export function redrawSource(): {source: RedrawSource; redraw(): void} {
	const listeners = new Set<() => void>();
	return {
		source: listener => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		redraw: () => listeners.forEach(listener => listener()),
	};
}

/** Wraps an app so that `source` can make Ink write its whole frame again. */
export function Redrawable({source, children}: {source: RedrawSource; children: ReactNode}) {
	const {write} = useStdout();
	useEffect(() => {
		const off = source(() => write(''));
		return () => {
			off();
		};
	}, [source, write]);
	return children;
}
