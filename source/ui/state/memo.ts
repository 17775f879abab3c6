// Remembers the last result for the last arguments (compared by identity), as reselect does.
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
	let lastArgs: A | null = null;
	let last: R;
	return (...args: A) => {
		if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i])) return last;
		last = fn(...args);
		lastArgs = args;
		return last;
	};
}
