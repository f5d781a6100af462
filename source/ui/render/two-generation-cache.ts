// A bounded memo that keeps what was used recently: entries live in the current generation; when
// it is full it becomes the old one (the one before is dropped) and a hit there moves the entry
// back. Holds at most 2 × `size` entries, with no per-entry bookkeeping.
export class TwoGenerationCache<K, V> {
	private current = new Map<K, V>();
	private old = new Map<K, V>();

	private readonly size: number;

	// a plain field, not a parameter property: Ink's patched squash (scripts/ink-fast-paths.mjs) imports this file as is
	constructor(size: number) {
		this.size = size;
	}

	get(key: K): V | undefined {
		const value = this.current.get(key);
		if (value !== undefined) return value;
		const aged = this.old.get(key);
		if (aged !== undefined) this.set(key, aged);
		return aged;
	}

	set(key: K, value: V): void {
		if (this.current.size >= this.size) {
			this.old = this.current;
			this.current = new Map();
		}
		this.current.set(key, value);
	}
}
