// A report on the web: `plenum https://…` and every command fetch the page, as bytes, with a
// timeout (the whole exchange, body included), a cap on its size, redirects followed up to a
// limit, and the charset the server declares (Chinese sites still serve GBK). Every failure is a
// LoadError: one line, exit 3.
import {formatSize, LoadError} from './read.ts';

export const FETCH_LIMITS = {
	/** Seconds for the whole fetch; --timeout changes it. */
	timeoutSeconds: 20,
	/** A report page is well under a megabyte; an archive a few. --max-size changes it. */
	maxBytes: 20 * 2 ** 20,
	maxRedirects: 5,
};

export interface Fetched {
	bytes: Uint8Array;
	/** Where the page was found, after redirects. */
	url: string;
	/** The charset of the Content-Type header, or null. */
	charset: string | null;
}

export const isUrl = (name: string): boolean => /^https?:\/\//i.test(name);

const UNREADABLE = 3;

function charsetOf(contentType: string | null): string | null {
	const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
	return m ? m[1].toLowerCase() : null;
}

/** Why a request failed, in words: the codes of Node's network errors. */
function networkReason(error: unknown): string {
	const cause = (error as {cause?: {code?: string; message?: string}}).cause;
	const code = cause?.code ?? (error as NodeJS.ErrnoException).code;
	const words: Record<string, string> = {
		ENOTFOUND: 'no such host',
		EAI_AGAIN: 'the host name could not be looked up',
		ECONNREFUSED: 'connection refused',
		ECONNRESET: 'the connection was reset',
		ETIMEDOUT: 'the connection timed out',
		EHOSTUNREACH: 'the host cannot be reached',
		ENETUNREACH: 'the network cannot be reached',
		CERT_HAS_EXPIRED: 'its certificate has expired',
		DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed',
		UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate cannot be verified',
		ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another host',
	};
	return (code && words[code]) ?? code ?? cause?.message ?? (error as Error).message ?? 'the request failed';
}

/** "the 20 MB plenum reads (--max-size 40M reads more)", as a file too large is refused. */
function cap(limit: number, size = 0): string {
	return `the ${formatSize(limit)} plenum reads (--max-size ${Math.ceil(Math.max(limit * 2, size * 1.1) / 2 ** 20)}M reads more)`;
}

/** The page at `url`, with `limits` (tests and --timeout change them). */
export async function fetchBytes(url: string, limits: Partial<typeof FETCH_LIMITS> = {}): Promise<Fetched> {
	const {timeoutSeconds, maxBytes, maxRedirects} = {...FETCH_LIMITS, ...limits};
	const signal = AbortSignal.timeout(timeoutSeconds * 1000);
	const fail = (reason: string): never => {
		throw new LoadError(`${url}: ${reason}`, UNREADABLE);
	};
	const late = () => fail(`no answer within ${timeoutSeconds} s`);
	let at = url;
	let response: Response | null = null;
	for (let redirects = 0; ; redirects++) {
		try {
			response = await fetch(at, {signal, redirect: 'manual', headers: {'user-agent': 'plenum (a terminal browser for meeting reports)', accept: 'text/html,text/plain;q=0.9,*/*;q=0.5'}});
		} catch (error) {
			if (signal.aborted) late();
			fail(`cannot fetch: ${networkReason(error)}`);
		}
		const location = response!.headers.get('location');
		if (response!.status < 300 || response!.status >= 400 || location === null) break;
		if (redirects >= maxRedirects) fail(`more than ${maxRedirects} redirects`);
		at = new URL(location, at).href;
		if (!isUrl(at)) fail(`redirected to ${at}, which is not a web page`);
	}
	const page = response!;
	if (!page.ok) fail(`HTTP ${page.status}${page.statusText ? ` ${page.statusText}` : ''}`);
	const declared = Number(page.headers.get('content-length'));
	if (declared > maxBytes) {
		await page.body?.cancel();
		fail(`the page is ${formatSize(declared)}, more than ${cap(maxBytes, declared)}`);
	}
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		const reader = page.body?.getReader();
		for (;;) {
			const next = await reader?.read();
			if (!next || next.done) break;
			total += next.value.length;
			if (total > maxBytes) {
				await reader?.cancel();
				fail(`the page is more than ${cap(maxBytes)}`);
			}
			chunks.push(next.value);
		}
	} catch (error) {
		if (error instanceof LoadError) throw error;
		if (signal.aborted) late();
		fail(`the page was cut off: ${networkReason(error)}`);
	}
	return {bytes: Buffer.concat(chunks), url: at, charset: charsetOf(page.headers.get('content-type'))};
}
