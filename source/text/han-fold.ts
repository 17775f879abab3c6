// Traditional characters folded to simplified, one UTF-16 code unit for one, so that an offset
// into the folded text is the same offset into the original. The parser's rules are written in
// simplified characters and run on the folded text; what they find is read back from the
// original, so 習近平主持會議 yields the person 習近平, who presided.

/** Traditional → simplified for one character (opencc-js t → cn); identity when not wanted. */
export type CharConverter = (char: string) => string;

export function isHanCode(code: number): boolean {
	return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

/** Per converter, what each code unit folds to, 0 until first asked: a folded text asks per character. */
const tables = new WeakMap<CharConverter, Uint16Array>();

function tableOf(convert: CharConverter): Uint16Array {
	let table = tables.get(convert);
	if (!table) tables.set(convert, (table = new Uint16Array(0x10000)));
	return table;
}

function foldedIn(table: Uint16Array, convert: CharConverter, code: number): number {
	let folded = table[code];
	if (folded === 0) {
		const out = convert(String.fromCharCode(code));
		folded = out.length === 1 ? out.charCodeAt(0) : code;
		table[code] = folded;
	}
	return folded;
}

/** The code unit a Han code unit folds to: only one-for-one conversions keep offsets aligned. */
export function foldedHanCode(convert: CharConverter, code: number): number {
	return foldedIn(tableOf(convert), convert, code);
}

/** Han characters folded, everything else (punctuation, widths, Latin) exactly as written. */
export function foldHan(text: string, convert: CharConverter): string {
	const table = tableOf(convert);
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isHanCode(code)) continue;
		const folded = foldedIn(table, convert, code);
		if (folded === code) continue;
		out += text.slice(from, i) + String.fromCharCode(folded);
		from = i + 1;
	}
	return from === 0 ? text : out + text.slice(from);
}

/**
 * Characters written only in traditional script, frequent in meeting reports (会議, 國, 黨, 習,
 * 於, 們, 這, 說, 開, 書記 …). Loading the converter costs ~40 ms, so only a text that has them pays.
 */
const TRADITIONAL_ONLY = '會議國黨習於們這說開書記縣區鄉鎮員長經濟體關係來對時間問題過當從現實進並應該將還舉辦點聽講傳達導義務處發門與為個幹線設據續權軍頭總強調';

// A table by UTF-16 code, read with charCodeAt: the same test as a character class matched with
// matchAll, which made a match object for each hit; every file a library indexes is tested so.
const IS_TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL_ONLY.length; i++) IS_TRADITIONAL_ONLY[TRADITIONAL_ONLY.charCodeAt(i)] = 1;

/** Whether a text is written (at least partly) in traditional characters. */
export function looksTraditional(text: string, sample = 20000): boolean {
	const end = Math.min(text.length, sample);
	let count = 0;
	for (let i = 0; i < end; i++) if (IS_TRADITIONAL_ONLY[text.charCodeAt(i)] === 1 && ++count >= 5) return true;
	return false;
}

let converter: Promise<CharConverter> | null = null;

/**
 * opencc-js's traditional → simplified converter, imported on first use. Read from Hong Kong's spellings,
 * which take in the standard ones: Hong Kong papers write 衞 (衞生, 保衞, names), 綫, 衹 where others write 衛.
 */
export function loadConverter(): Promise<CharConverter> {
	converter ??= import('opencc-js/t2cn').then(OpenCC => OpenCC.Converter({from: 'hk', to: 'cn'}));
	return converter;
}
