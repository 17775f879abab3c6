// pinyin-pro and opencc-js together take ~90 ms to load, so they are imported on first use:
// the bundler splits them into their own chunk and pipe commands other than search never pay.
import type {CharConverter} from './fold.ts';
import type {PinyinOf} from './readings.ts';

export interface Libraries {
	/** Traditional → simplified (opencc t → cn), one character at a time. */
	convert: CharConverter;
	pinyinOf: PinyinOf;
}

let loading: Promise<Libraries> | undefined;

export function loadLibraries(): Promise<Libraries> {
	loading ??= (async () => {
		const [{pinyinOf}, OpenCC] = await Promise.all([import('./pinyin.ts'), import('opencc-js/t2cn')]);
		const convert = OpenCC.Converter({from: 't', to: 'cn'});
		return {convert, pinyinOf};
	})();
	return loading;
}
