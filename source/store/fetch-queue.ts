// Runs targeted fetches: one in flight per key (a second request for the same key while it runs
// makes it run once more afterwards), a few keys at a time, in request order.
export type FetchOutcome = 'done' | 'again';

export class FetchQueue {
	private readonly queue: string[] = [];
	private readonly queued = new Set<string>();
	private readonly running = new Set<string>();
	private readonly rerun = new Set<string>();
	private waiters: Array<() => void> = [];
	private keyWaiters = new Map<string, Array<() => void>>();

	constructor(
		private readonly run: (key: string) => Promise<FetchOutcome>,
		private readonly concurrency = 4,
	) {}

	request(key: string): void {
		if (this.running.has(key)) {
			this.rerun.add(key);
			return;
		}
		if (this.queued.has(key)) return;
		this.queued.add(key);
		this.queue.push(key);
		this.pump();
	}

	/** Forgets everything not yet started (running fetches finish; their callers ignore them). */
	clear(): void {
		this.queue.length = 0;
		this.queued.clear();
		this.rerun.clear();
		this.settle();
	}

	get size(): number {
		return this.queue.length + this.running.size;
	}

	/** Resolves once this key is neither queued nor running (nor asked to run again). */
	settled(key: string): Promise<void> {
		if (!this.busy(key)) return Promise.resolve();
		return new Promise(resolve => this.keyWaiters.set(key, [...(this.keyWaiters.get(key) ?? []), resolve]));
	}

	private busy(key: string): boolean {
		return this.queued.has(key) || this.running.has(key) || this.rerun.has(key);
	}

	/** Resolves once nothing is queued or running. */
	idle(): Promise<void> {
		if (this.size === 0) return Promise.resolve();
		return new Promise(resolve => this.waiters.push(resolve));
	}

	private pump(): void {
		while (this.running.size < this.concurrency && this.queue.length > 0) {
			const key = this.queue.shift()!;
			this.queued.delete(key);
			this.running.add(key);
			this.run(key)
				.catch((): FetchOutcome => 'done')
				.then(outcome => {
					this.running.delete(key);
					const requestedMeanwhile = this.rerun.delete(key);
					if (outcome === 'again' || requestedMeanwhile) this.request(key);
					this.pump();
					this.settle();
				});
		}
	}

	private settle(): void {
		for (const [key, waiters] of this.keyWaiters) {
			if (this.busy(key)) continue;
			this.keyWaiters.delete(key);
			for (const resolve of waiters) resolve();
		}
		if (this.size > 0) return;
		const waiters = this.waiters;
		this.waiters = [];
		for (const resolve of waiters) resolve();
	}
}
