// A small deterministic PRNG (xorshift32) for tests and benchmarks that generate input: the same
// numbers on every run, so a failure can be replayed and a benchmark sees the same bytes each time.
export function seeded(seed: number): () => number {
	let state = seed | 0 || 1; // xorshift stays at 0 forever
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
}
