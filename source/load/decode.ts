// Bytes → text. Reports come as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK
// from older sites and archives; a detector decides unless the user forces an encoding.
// Node's own TextDecoder reads UTF-8, UTF-16 and the GB family (GB18030 is a superset of GBK and
// GB2312; Node follows GB18030-2022, which maps 18 vertical forms and ideographs that the 2005
// edition left in the private use area). The detector loads only for text that is not UTF-8, and
// iconv-lite only for an encoding outside the GB family (Big5, Shift_JIS, a legacy code page …):
// a pipe command should not pay for encoding tables it never uses.

export class NotTextError extends Error {}
export class UnknownEncodingError extends Error {}

export interface Decoded {
	text: string;
	encoding: string;
	/** Some lines were UTF-8 and others GB18030: each was read in its own (and the user is told). */
	mixed?: boolean;
}

/** Whether `bytes` are UTF-8 throughout (decode reads them with strictUtf8, once). */
export function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', {fatal: true}).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

function strictUtf8(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		return null;
	}
}

/** A share of NUL or other C0 bytes that no text file has. */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let control = 0;
	for (const b of sample) {
		if (b === 0) return true;
		if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
	}
	return sample.length > 0 && control / sample.length > 0.1;
}

function charsetFromMeta(bytes: Uint8Array): string | null {
	const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
	const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
	return match ? match[1].toLowerCase() : null;
}

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'gb-18030', 'x-gbk', 'euc-cn']);

// iconv-lite drops a leading BOM; so does this, as GB18030 can encode one too.
const gb18030 = (bytes: Uint8Array) => stripBom(new TextDecoder('gb18030').decode(bytes));
const loadIconv = async () => (await import('iconv-lite')).default;

export async function decode(bytes: Uint8Array, forced?: string): Promise<Decoded> {
	if (forced) {
		if (GB_FAMILY.has(forced.toLowerCase())) return {text: gb18030(bytes), encoding: forced.toLowerCase()};
		const iconv = await loadIconv();
		if (!iconv.encodingExists(forced)) throw new UnknownEncodingError(`unknown encoding ${forced}`);
		return {text: stripBom(iconv.decode(Buffer.from(bytes), forced)), encoding: forced.toLowerCase()};
	}
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return {text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8'};
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'};
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'};
	if (looksBinary(bytes)) throw new NotTextError('does not look like text');
	// Decoded once: strict UTF-8 either reads the whole file or says it is not UTF-8.
	const utf8 = strictUtf8(bytes);
	if (utf8 !== null) return {text: utf8, encoding: 'utf-8'};

	// Not UTF-8: a page's own charset, then the detector; Chinese text not in UTF-8 is GB18030
	// (a superset of GBK and GB2312) far more often than anything else.
	const meta = charsetFromMeta(bytes);
	const stated = meta && meta !== 'utf-8' && (GB_FAMILY.has(meta) || (await loadIconv()).encodingExists(meta)) ? meta : null;
	// A file pieced together from two sources: read as GB18030 throughout, its UTF-8 lines would
	// turn to nonsense without a word. Each line is read in its own encoding, and the user told.
	if (!stated && hasUtf8Lines(bytes)) return {text: stripBom(byLine(bytes)), encoding: 'gb18030', mixed: true};
	const encoding = stated ?? (await import('chardet')).default.detect(bytes)?.toLowerCase() ?? 'gb18030';
	if (GB_FAMILY.has(encoding)) return {text: gb18030(bytes), encoding: 'gb18030'};
	const iconv = await loadIconv();
	if (!iconv.encodingExists(encoding)) return {text: gb18030(bytes), encoding: 'gb18030'};
	return {text: iconv.decode(Buffer.from(bytes), encoding), encoding};
}

/** The lines of `bytes`, each with its line end. */
function* lines(bytes: Uint8Array): Generator<Uint8Array> {
	for (let at = 0; at < bytes.length;) {
		const end = bytes.indexOf(0x0a, at);
		const next = end < 0 ? bytes.length : end + 1;
		yield bytes.subarray(at, next);
		at = next;
	}
}

/** Characters that UTF-8 spends three bytes on (Chinese among them), in valid UTF-8. */
function threeByteCharacters(line: Uint8Array): number {
	let count = 0;
	for (let i = 0; i + 2 < line.length; i++) if (line[i] >= 0xe0 && line[i] <= 0xef && line[i + 1] >= 0x80 && line[i + 1] <= 0xbf && line[i + 2] >= 0x80 && line[i + 2] <= 0xbf) count++;
	return count;
}

/**
 * Whether a file that is not UTF-8 as a whole still has lines that are: Chinese in UTF-8 (two or
 * more characters, which text in GB18030 almost never forms by chance).
 */
function hasUtf8Lines(bytes: Uint8Array): boolean {
	for (const line of lines(bytes)) if (threeByteCharacters(line) >= 2 && isValidUtf8(line)) return true;
	return false;
}

function byLine(bytes: Uint8Array): string {
	const utf8 = new TextDecoder('utf-8');
	const gb = new TextDecoder('gb18030');
	let text = '';
	for (const line of lines(bytes)) text += threeByteCharacters(line) >= 2 && isValidUtf8(line) ? utf8.decode(line) : gb.decode(line);
	return text;
}

function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
