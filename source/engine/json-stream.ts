// A stream of concatenated JSON objects (the /stats stream): newline-separated from dockerd,
// but split on object boundaries so any separator (or none) works. Bad objects are reported and skipped.
import {inertText, parseInert} from '../text/inert-text.js';
import {concatBytes, copyBytes} from './byte-chunks.js';

const utf8 = new TextDecoder('utf-8');
const openBrace = 0x7b;
const closeBrace = 0x7d;
const quote = 0x22;
const backslash = 0x5c;

export class JsonObjectStreamDecoder<T = unknown> {
	private parts: Uint8Array[] = [];
	private depth = 0;
	private inString = false;
	private escaped = false;
	private junk = ''; // non-JSON text between objects, reported once per run

	constructor(private readonly onBadValue: (text: string, error: Error) => void = () => {}) {}

	push(chunk: Uint8Array): T[] {
		const out: T[] = [];
		let start = this.depth > 0 ? 0 : -1; // where the object under construction begins in this chunk
		for (let i = 0; i < chunk.length; i++) {
			const byte = chunk[i]!;
			if (this.depth === 0) {
				if (byte === openBrace) {
					this.flushJunk();
					this.depth = 1;
					start = i;
				} else if (byte === 0x0a) this.flushJunk();
				else if (byte > 0x20 && byte !== 0x1e && this.junk.length < 200) this.junk += String.fromCharCode(byte);
				continue;
			}
			if (this.inString) {
				if (this.escaped) this.escaped = false;
				else if (byte === backslash) this.escaped = true;
				else if (byte === quote) this.inString = false;
				continue;
			}
			if (byte === quote) this.inString = true;
			else if (byte === openBrace) this.depth++;
			else if (byte === closeBrace && --this.depth === 0) {
				this.parts.push(chunk.subarray(start, i + 1));
				this.emit(out);
				start = -1;
			}
		}
		if (this.depth > 0 && start >= 0) this.parts.push(copyBytes(chunk, start));
		return out;
	}

	/** An object cut off by the end of the stream is reported, not returned. */
	end(): void {
		this.flushJunk();
		if (this.depth > 0) this.onBadValue(inertText(utf8.decode(concatBytes(this.parts))), new Error('stream ended inside a JSON object'));
		this.parts = [];
		this.depth = 0;
		this.inString = false;
		this.escaped = false;
	}

	private flushJunk(): void {
		if (this.junk === '') return;
		this.onBadValue(inertText(this.junk), new Error('text between JSON objects is not JSON'));
		this.junk = '';
	}

	private emit(out: T[]): void {
		const text = utf8.decode(concatBytes(this.parts));
		this.parts = [];
		try {
			out.push(parseInert<T>(text));
		} catch (error) {
			this.onBadValue(inertText(text), error as Error);
		}
	}
}
