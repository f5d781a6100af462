// The samples of the last `windowMs` (about two minutes), oldest first, for the sparklines.
export type TimedSample = {at: number};

export class SampleRing<T extends TimedSample> {
	private items: T[] = [];

	constructor(readonly windowMs = 120_000, readonly capacity = 600) {}

	push(item: T): void {
		this.items.push(item);
		const oldest = item.at - this.windowMs;
		let drop = 0;
		while (drop < this.items.length && (this.items[drop]!.at < oldest || this.items.length - drop > this.capacity)) drop += 1;
		if (drop > 0) this.items = this.items.slice(drop);
	}

	get latest(): T | undefined {
		return this.items.at(-1);
	}

	get size(): number {
		return this.items.length;
	}

	/** A copy, oldest first. */
	toArray(): T[] {
		return [...this.items];
	}

	values<K extends keyof T>(key: K): Array<T[K]> {
		return this.items.map(item => item[key]);
	}
}
