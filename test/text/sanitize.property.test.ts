// Whatever bytes a report holds, nothing that reaches the screen can drive the terminal: no ESC,
// no C1, no C0 control but newline, no bidi override — in any string the browser displays.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {sanitize, sanitizeLine} from '../../source/text/sanitize.ts';
import {textFromBytes} from '../../source/load/load.ts';
import {parseReport} from '../../source/parse/index.ts';
import {buildView} from '../../source/ui/view/view.ts';

const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const hostile = fc
	.array(
		fc.oneof(
			fc.string({unit: 'binary', maxLength: 8}),
			fc.constantFrom('\x1b]0;owned\x07', '\x1b]52;c;cm0gLXJmIH4=\x07', '\x1b[2J', '\x1b[31m', '\x9b31m', '\x9d0;x\x9c', '\u202e', '\r', '\t', '\x00', '全会指出，', '“八八战略”', '\n', '市委书记马卫光讲话。'),
		),
		{maxLength: 40},
	)
	.map(parts => parts.join(''));

/** Every string inside a value, however deep. */
function strings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const v of value) strings(v, out);
	else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) for (const v of Object.values(value)) strings(v, out);
	return out;
}

test('sanitized text never holds a control character but newline', () => {
	fc.assert(
		fc.property(hostile, text => {
			assert.doesNotMatch(sanitize(text), UNSAFE);
			assert.doesNotMatch(sanitizeLine(text), /[\n]/);
			assert.doesNotMatch(sanitizeLine(text), UNSAFE);
		}),
		{numRuns: 500},
	);
});

test('every string the browser displays, from random bytes, is safe', async () => {
	await fc.assert(
		fc.asyncProperty(fc.uint8Array({maxLength: 400}), hostile, async (bytes, text) => {
			for (const input of [bytes, new TextEncoder().encode(text)]) {
				let loaded;
				try {
					loaded = await textFromBytes(input, 'random.txt');
				} catch {
					continue; // Not text: the loader refuses it with one line, tested elsewhere.
				}
				const view = buildView(parseReport(loaded.text));
				const {report: _original, ...shown} = view;
				// A section's text is read when shown: read it here.
				const sections = shown.sections.map(s => ({id: s.id, lead: s.lead, heading: s.heading, text: s.text}));
				for (const s of strings({...shown, sections})) assert.doesNotMatch(s, UNSAFE, JSON.stringify(s));
			}
		}),
		{numRuns: 200},
	);
});

test('random byte mutations of corpus reports never crash the loader or the parser', async () => {
	const {corpusFiles} = await import('../helpers/corpus.ts');
	const {readFileSync} = await import('node:fs');
	const files = corpusFiles().map(path => readFileSync(path));
	const mutation = fc.tuple(fc.nat({max: files.length - 1}), fc.array(fc.tuple(fc.nat(), fc.integer({min: 0, max: 255})), {minLength: 1, maxLength: 20}));
	await fc.assert(
		fc.asyncProperty(mutation, async ([which, edits]) => {
			const bytes = Uint8Array.from(files[which]);
			for (const [at, value] of edits) bytes[at % bytes.length] = value;
			let loaded;
			try {
				loaded = await textFromBytes(bytes, 'mutated');
			} catch (error) {
				assert.ok(error instanceof Error && /text/.test(error.message), String(error));
				return;
			}
			const report = parseReport(loaded.text);
			assert.ok(Array.isArray(report.sections));
		}),
		{numRuns: 60},
	);
});
