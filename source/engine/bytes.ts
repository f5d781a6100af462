// Byte helpers shared by the stream decoders.

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
