// Newline-delimited JSON (the /events stream): tolerates \r\n, RFC 7464's leading 0x1E record
// separator and blank lines; a line that does not parse is reported and skipped.
import {inertText, parseInert} from '../text/inert-text.js';
import {concatBytes, copyBytes} from './byte-chunks.js';

const newline = 0x0a;
const recordSeparator = 0x1e;
const utf8 = new TextDecoder('utf-8');

export type BadLine = {line: string; error: Error};

export class JsonLinesDecoder<T = unknown> {
	private pending: Uint8Array[] = [];

	constructor(private readonly onBadLine: (bad: BadLine) => void = () => {}) {}

	push(chunk: Uint8Array): T[] {
		const out: T[] = [];
		let start = 0;
		let index = chunk.indexOf(newline);
		while (index !== -1) {
			const piece = chunk.subarray(start, index);
			if (this.pending.length > 0) {
				this.pending.push(piece);
				this.parse(concatBytes(this.pending), out);
				this.pending = [];
			} else this.parse(piece, out);
			start = index + 1;
			index = chunk.indexOf(newline, start);
		}
		if (start < chunk.length) this.pending.push(copyBytes(chunk, start));
		return out;
	}

	/** The last line may lack its newline. */
	end(): T[] {
		const out: T[] = [];
		if (this.pending.length > 0) this.parse(concatBytes(this.pending), out);
		this.pending = [];
		return out;
	}

	private parse(bytes: Uint8Array, out: T[]): void {
		let text = utf8.decode(bytes);
		if (text.charCodeAt(0) === recordSeparator) text = text.slice(1);
		text = text.trim(); // also drops the \r of \r\n
		if (text === '') return;
		try {
			out.push(parseInert<T>(text));
		} catch (error) {
			this.onBadLine({line: inertText(text), error: error as Error});
		}
	}
}
