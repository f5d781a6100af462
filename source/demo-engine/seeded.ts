// Deterministic randomness for the demo engine: the same seed gives the same cast and the same log text.

/** mulberry32: small, fast, good enough for simulated data. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** A stable number for (seed, parts…): each log line is drawn from its own index, so any window can be computed without history. */
export function hashOf(seed: number, ...parts: number[]): number {
	let h = (seed ^ 0x9e3779b9) >>> 0;
	for (const part of parts) {
		h = Math.imul(h ^ (part >>> 0), 0x85ebca6b) >>> 0;
		h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
		h ^= h >>> 16;
	}
	return (h >>> 0) / 4_294_967_296;
}

export function hexId(random: () => number, length = 64): string {
	let out = '';
	while (out.length < length) out += Math.floor(random() * 0x1_0000_0000).toString(16).padStart(8, '0');
	return out.slice(0, length);
}

export function pick<T>(values: readonly T[], r: number): T {
	return values[Math.floor(r * values.length) % values.length]!;
}
