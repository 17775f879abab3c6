// How extraction is scored against hand-made gold labels: the same measures as the shared scorer
// the project is judged by (../shared/tools/score.mjs), so a figure here is a figure there.
//   people   set F1 on names (whitespace removed); class = share of matched people whose
//            presence class (present / mentioned / staff) agrees with gold
//   bodies   F1 on attending or observing groups: names overlap (containment or bigram
//            similarity >= 0.6) and counts are equal
//   leads    F1 of the ordered section lead phrases (longest common subsequence)
//   measures F1 over enumerated items: greedy one-to-one matching at similarity >= 0.6
//   terms    set F1 on quoted formulations
//   meta     share of title and date that are exactly right

export const FIELDS = ['people', 'class', 'bodies', 'leads', 'measures', 'terms', 'meta'] as const;
export type Field = (typeof FIELDS)[number];
export type Scores = Record<Field, number>;

/** The parts of a report the scorer reads: plenum's --json, or any extractor's output of that shape. */
export interface Prediction {
	meta?: {title?: string | null; date?: string | null};
	sections?: {lead?: string | null}[];
	measures?: ({text: string} | {items: ({text: string} | string)[]} | string)[];
	people?: {name: string; part?: string | string[]}[];
	bodies?: {name: string; count?: number | null; part?: string}[];
	terms?: ({text: string} | string)[];
}

export interface Gold {
	title?: string | null;
	date?: string | null;
	people?: {name: string; part: string}[];
	bodies?: {name: string; count?: number | null}[];
	section_leads?: string[];
	measures?: Prediction['measures'];
	terms?: Prediction['terms'];
}

const squash = (s: unknown) => String(s ?? '').replace(/[\s\u3000]+/g, '');
const bare = (s: unknown) => squash(s).replace(/[\p{P}\p{S}]/gu, '');

function bigrams(s: string): Map<string, number> {
	const out = new Map<string, number>();
	for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
	return out;
}

/** Two names or items at least this alike are one: a body's name, a measure's item. */
export const ALIKE = 0.6;

export function similarity(x: string, y: string): number {
	const a = bare(x);
	const b = bare(y);
	if (!a || !b) return 0;
	if (a === b) return 1;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	const contain = long.includes(short) ? short.length / long.length : 0;
	const A = bigrams(a);
	const B = bigrams(b);
	let common = 0;
	for (const [k, n] of A) common += Math.min(n, B.get(k) ?? 0);
	const dice = (2 * common) / (Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0) || 1);
	return Math.max(dice, contain >= 0.5 ? Math.max(contain, ALIKE) : contain);
}

function f1(tp: number, np: number, ng: number): number {
	if (np === 0 && ng === 0) return 1;
	const p = np ? tp / np : 0;
	const r = ng ? tp / ng : 0;
	return p + r ? (2 * p * r) / (p + r) : 0;
}

function setF1(pred: string[], gold: string[]): number {
	const P = new Set(pred.map(squash).filter(Boolean));
	const G = new Set(gold.map(squash).filter(Boolean));
	let tp = 0;
	for (const x of P) if (G.has(x)) tp++;
	return f1(tp, P.size, G.size);
}

/** The pairs matched one to one, best first, as indices into `pred` and `gold`. */
export function greedyPairs<P, G>(pred: P[], gold: G[], ok: (p: P, g: G) => number): Map<number, number> {
	const pairs: [number, number, number][] = [];
	pred.forEach((p, i) =>
		gold.forEach((g, j) => {
			const s = ok(p, g);
			if (s > 0) pairs.push([s, i, j]);
		}),
	);
	pairs.sort((x, y) => y[0] - x[0]);
	const matched = new Map<number, number>();
	const usedG = new Set<number>();
	for (const [, i, j] of pairs) {
		if (matched.has(i) || usedG.has(j)) continue;
		matched.set(i, j);
		usedG.add(j);
	}
	return matched;
}

/** Predicted measure items matched to gold ones, one to one, the most alike first. */
export const matchedItems = (pred: string[], gold: string[]): Map<number, number> =>
	greedyPairs(pred, gold, (p, g) => {
		const s = similarity(p, g);
		return s >= ALIKE ? s : 0;
	});

const greedy = <P, G>(pred: P[], gold: G[], ok: (p: P, g: G) => number): number => greedyPairs(pred, gold, ok).size;

function lcs(a: string[], b: string[]): number {
	const dp = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0));
	for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
	return dp[a.length][b.length];
}

const PRESENT = new Set(['presided', 'spoke', 'reported', 'explained', 'attended', 'observer', 'present', 'chaired', 'speaker', 'attendee']);

function klass(part: unknown): string {
	const parts = (Array.isArray(part) ? part : [part]).map(p => String(p ?? '').toLowerCase());
	if (parts.some(p => PRESENT.has(p))) return 'present';
	if (parts.some(p => ['staff', 'reporter', 'editor', 'photographer'].includes(p))) return 'staff';
	if (parts.some(p => p === 'mentioned' || p === 'referenced')) return 'mentioned';
	return parts.join('|') || 'none';
}

const measureTexts = (m: Prediction['measures']): string[] => (m ?? []).flatMap(x => (typeof x === 'string' ? [x] : 'items' in x ? x.items.map(i => (typeof i === 'string' ? i : i.text)) : [x.text]));
const termTexts = (t: Prediction['terms']): string[] => (t ?? []).map(x => (typeof x === 'string' ? x : x.text));

export function score(pred: Prediction, gold: Gold): Scores {
	const gp = gold.people ?? [];
	const pp = pred.people ?? [];
	const people = setF1(
		pp.map(p => p.name),
		gp.map(p => p.name),
	);
	const byName = new Map(pp.map(p => [squash(p.name), p]));
	const matched = gp.filter(g => byName.has(squash(g.name)));
	const cls = matched.length ? matched.filter(g => klass(byName.get(squash(g.name))!.part) === klass(g.part)).length / matched.length : gp.length ? 0 : 1;
	const gb = gold.bodies ?? [];
	const pb = pred.bodies ?? [];
	const bodies = f1(
		greedy(pb, gb, (p, g) => (similarity(p.name, g.name) >= ALIKE && (p.count ?? null) === (g.count ?? null) ? similarity(p.name, g.name) : 0)),
		pb.length,
		gb.length,
	);
	const gl = gold.section_leads ?? [];
	const pl = (pred.sections ?? []).map(s => s.lead).filter((lead): lead is string => Boolean(lead));
	const leads = f1(lcs(pl.map(squash), gl.map(squash)), pl.length, gl.length);
	const gm = measureTexts(gold.measures);
	const pm = measureTexts(pred.measures);
	const measures = f1(matchedItems(pm, gm).size, pm.length, gm.length);
	const terms = setF1(termTexts(pred.terms), termTexts(gold.terms));
	const meta = ((squash(pred.meta?.title) === squash(gold.title) ? 1 : 0) + ((pred.meta?.date ?? null) === (gold.date ?? null) ? 1 : 0)) / 2;
	return {people, class: cls, bodies, leads, measures, terms, meta};
}

export function mean(rows: Scores[]): Scores {
	return Object.fromEntries(FIELDS.map(k => [k, rows.length ? rows.reduce((a, r) => a + r[k], 0) / rows.length : 0])) as Scores;
}

export const overall = (m: Scores) => FIELDS.reduce((a, k) => a + m[k], 0) / FIELDS.length;
