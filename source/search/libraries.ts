// pinyin-pro and opencc-js together take ~90 ms to load, so they are imported on first use:
// the bundler splits them into their own chunks and pipe commands other than search never pay.
import {loadConverter, type CharConverter} from '../text/han-fold.ts';
import type {PinyinOf} from './readings.ts';

export interface Libraries {
	/** Traditional → simplified (opencc t → cn), one character at a time; or the identity. */
	convert: CharConverter;
	pinyinOf: PinyinOf;
}

const loaded = new Map<boolean, Promise<Libraries>>();

/** With `traditional` false, opencc-js is not loaded and characters are read as written. */
export function loadLibraries(traditional = true): Promise<Libraries> {
	let libraries = loaded.get(traditional);
	if (!libraries) {
		libraries = (async () => {
			const [{pinyinOf}, converter] = await Promise.all([import('./pinyin.ts'), traditional ? loadConverter() : null]);
			const convert: CharConverter = converter ?? (char => char);
			return {convert, pinyinOf};
		})();
		loaded.set(traditional, libraries);
	}
	return libraries;
}
