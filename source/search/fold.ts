// Character folding shared by the index and the query. Every step maps one UTF-16 code unit to
// exactly one, so an offset into folded text is the same offset into the original text: that is
// what lets highlights point at the original characters whichever way they matched.

import {foldedHanCode, isHanCode, type CharConverter} from '../text/han-fold.ts';

function foldWidthAndCase(code: number): number {
	// Full-width ASCII forms (ＡＢＣ１２，) sit at a fixed distance from ASCII.
	if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
	else if (code === 0x3000) return 0x20;
	if (code >= 0x41 && code <= 0x5a) return code + 0x20;
	return code;
}

/** A folder for one converter: caches per character, since reports reuse a few thousand. */
export function makeFolder(convert: CharConverter): (text: string) => string {
	const foldHan = (code: number): number => foldedHanCode(convert, code);
	return (text: string): string => {
		const codes = new Uint16Array(text.length);
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code < 0x80) codes[i] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
			else if (isHanCode(code)) codes[i] = foldHan(code);
			else {
				const narrow = foldWidthAndCase(code);
				codes[i] = narrow >= 0xc0 && narrow < 0x250 ? lowerLatin(narrow) : narrow;
			}
		}
		return decodeCodes(codes);
	};
}

/** Lower case without accents, so pinyin typed with tone marks or ü (zhànlüè) reads as zhanlue. */
function lowerLatin(code: number): number {
	const lower = String.fromCharCode(code).toLowerCase();
	if (lower.length !== 1) return code;
	const base = lower.normalize('NFD').charCodeAt(0);
	return base >= 97 && base <= 122 ? base : lower.charCodeAt(0);
}

const decoder = new TextDecoder('utf-16le');

function decodeCodes(codes: Uint16Array): string {
	// Lone surrogates survive: TextDecoder would replace them, so fall back to char codes then.
	for (let i = 0; i < codes.length; i++) {
		const c = codes[i];
		if (c >= 0xd800 && c <= 0xdfff) return fromCodes(codes);
	}
	return decoder.decode(codes);
}

function fromCodes(codes: Uint16Array): string {
	let out = '';
	for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
	return out;
}
