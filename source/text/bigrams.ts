// Character bigrams, the measure of likeness for Chinese text (no word boundaries to split at): the
// pairs of neighbouring characters a text holds, and the Dice coefficient of two such sets.

/** The pairs of neighbouring characters in `content`; a single character stands for itself. */
export function bigrams(content: string): Set<string> {
	const set = new Set<string>();
	for (let i = 0; i + 1 < content.length; i++) set.add(content.slice(i, i + 2));
	if (content.length === 1) set.add(content);
	return set;
}

export function dice(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 && b.size === 0) return 1;
	let shared = 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const gram of small) if (large.has(gram)) shared++;
	return (2 * shared) / (a.size + b.size);
}
