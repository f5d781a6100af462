// The common case under a flood, done without the line splitter: a daemon message that is exactly
// one short line ("text\n" or "text\r\n") becomes its text with one decode, straight from the
// chunk it arrived in (no view, no copy). Anything else (a '\r' redraw, several lines, a part of a
// long line, an over-long line) is left to the splitter, which gives the same result the slow way.

/** UTF-8 bytes[start, end) as text; invalid bytes become U+FFFD as TextDecoder makes them (a BOM is kept). */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
	const buffer = bytes instanceof Buffer ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return buffer.toString('utf8', start, end);
}

/**
 * The text of bytes[start, end) when they hold exactly one line: they end in '\n' (or '\r\n') and
 * hold no other '\n' or '\r', and the text is at most `maxLength` characters. Otherwise undefined.
 */
export function wholeLineText(bytes: Uint8Array, start: number, end: number, maxLength: number): string | undefined {
	if (end <= start || bytes[end - 1] !== 10) return undefined;
	let last = end - 1;
	if (last > start && bytes[last - 1] === 13) last--;
	if (last - start > 3 * maxLength) return undefined; // surely too long (at most 3 bytes per UTF-16 unit): not worth decoding
	const text = decodeUtf8(bytes, start, last);
	if (text.length > maxLength || text.includes('\n') || text.includes('\r')) return undefined;
	return text;
}
