// Byte helpers shared by the stream decoders.

/** A copy of bytes[start…], also for a Buffer (whose own slice() is a view that keeps the whole
 * chunk alive): what a decoder keeps of a chunk's unfinished end. */
export function copyBytes(bytes: Uint8Array, start: number): Uint8Array {
	return Uint8Array.prototype.slice.call(bytes, start);
}

/** Joins chunks into one array (no copy when there is only one). A Buffer from Node's pool when
 * small: cheaper than a new ArrayBuffer each (a frame cut by a read boundary is joined per line). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
	if (parts.length === 1) return parts[0]!;
	let total = 0;
	for (const part of parts) total += part.length;
	const out = Buffer.allocUnsafe(total);
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
