// Every reading of a character, from pinyin-pro's character table. Imported on its own (see
// libraries.ts) so the bundle keeps only that table: no phrase dictionaries, no phrase matcher.
import {polyphonic} from 'pinyin-pro';
import type {PinyinOf} from './readings.ts';

export const pinyinOf: PinyinOf = char => polyphonic(char, {type: 'array', toneType: 'none'})[0] ?? [];
