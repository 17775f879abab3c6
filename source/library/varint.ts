// Unsigned LEB128 varints, the postings' encoding (postings.ts, initials-postings.ts): most numbers
// they hold are steps between neighbours, and most of those fit in a byte.

/** Bytes written as varints; numbers up to 2^53 (section ids are past 2^32). */
export class Writer {
	bytes = new Uint8Array(1 << 16);
	length = 0;

	varint(n: number): void {
		if (this.length + 8 > this.bytes.length) {
			const grown = new Uint8Array(this.bytes.length * 2);
			grown.set(this.bytes);
			this.bytes = grown;
		}
		while (n >= 0x80) {
			this.bytes[this.length++] = (n % 0x80) | 0x80;
			n = Math.floor(n / 0x80);
		}
		this.bytes[this.length++] = n;
	}

	/** What was written since the last time, as a view: good until the next write. */
	take(): Uint8Array {
		const out = this.bytes.subarray(0, this.length);
		this.length = 0;
		return out;
	}
}
