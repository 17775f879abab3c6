// Any stretch of the report, typed as pinyin the way a user might — whole syllables, initials,
// or a mix, per character — finds the section it came from.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {pinyin} from 'pinyin-pro';
import {bundled, find} from './setup.ts';

const HAN = /\p{Script=Han}/u;

function typed(stretch: string, styles: boolean[]): string {
	const readings = pinyin(stretch, {type: 'array', toneType: 'none'});
	return [...stretch]
		.map((char, i) => {
			if (!HAN.test(char)) return char;
			const syllable = readings[i].replaceAll('ü', 'v');
			return styles[i % styles.length] ? syllable : syllable[0];
		})
		.join('');
}

test('a stretch of a section typed as pinyin, syllables and initials mixed, finds that section', () => {
	const sections = bundled.sections.filter(s => s.text.length > 20);
	const stretch = fc.record({
		section: fc.integer({min: 0, max: sections.length - 1}),
		at: fc.nat(),
		length: fc.integer({min: 2, max: 6}),
		styles: fc.array(fc.boolean(), {minLength: 1, maxLength: 6}),
	});
	fc.assert(
		fc.property(stretch, ({section, at, length, styles}) => {
			const {id, text} = sections[section];
			const start = at % (text.length - length);
			const query = typed(text.slice(start, start + length), styles);
			const hits = find(query, {kinds: ['section']});
			assert.ok(
				hits.some(h => h.id === id),
				`${query} (${text.slice(start, start + length)}) in §${id}`,
			);
		}),
		{seed: 20201211, numRuns: 300},
	);
});

test('the same stretches typed in full highlight a stretch of the same length', () => {
	let checked = 0;
	for (const section of bundled.sections.slice(1, 6)) {
		const stretch = [...section.text.slice(10, 14)];
		if (!stretch.every(c => HAN.test(c))) continue;
		checked++;
		const query = typed(stretch.join(''), [true]);
		const hit = find(query, {kinds: ['section']}).find(h => h.id === section.id);
		assert.ok(hit, query);
		assert.ok(
			hit.ranges.some(r => r.end - r.start === 4),
			query,
		);
	}
	assert.ok(checked >= 3, `${checked} stretches checked`);
});
