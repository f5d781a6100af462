// Coalesces store changes into notifications: at most one per window. The window is batchMs while
// changes are sparse (a lone change shows at once) and widens with the rate of changes over the
// last second up to maxMs, so 30 containers starting over several seconds cost a handful of
// renders, not one per event.
export type NotifyThrottle = {
	/** Something changed: make sure a flush happens soon. */
	schedule(): void;
	/** Flushes now if something is pending. */
	flushNow(): void;
	/** Drops any pending timer (nothing is flushed). */
	cancel(): void;
};

export type ThrottleOptions = {
	batchMs: number;
	/** Widest window under a sustained burst (default 20 × batchMs). */
	maxMs?: number;
	/** Changes within the last second up to which the window stays batchMs. */
	sparseCount?: number;
	now?: () => number;
};

const rateSpanMs = 1000;

/** The window for `recent` changes within the last second: batchMs while sparse, else batchMs × recent, capped. */
export function throttleWindow(recent: number, batchMs: number, maxMs: number, sparseCount = 4): number {
	return recent <= sparseCount ? batchMs : Math.min(maxMs, batchMs * recent);
}

export function createNotifyThrottle(flush: () => void, options: ThrottleOptions): NotifyThrottle {
	const {batchMs, sparseCount = 4} = options;
	const maxMs = Math.max(batchMs, options.maxMs ?? batchMs * 20);
	const now = options.now ?? (() => performance.now());
	const changes: number[] = []; // times of recent changes, oldest first
	let lastFlush = Number.NEGATIVE_INFINITY;
	let timer: NodeJS.Timeout | null = null;
	let pending = false;

	const run = () => {
		timer = null;
		if (!pending) return;
		pending = false;
		lastFlush = now();
		flush();
	};

	return {
		schedule() {
			const at = now();
			changes.push(at);
			while (changes.length > 0 && (changes[0]! <= at - rateSpanMs || changes.length > 256)) changes.shift();
			pending = true;
			if (timer) return;
			const windowMs = throttleWindow(changes.length, batchMs, maxMs, sparseCount);
			timer = setTimeout(run, Math.max(0, lastFlush + windowMs - at));
		},
		flushNow() {
			if (timer) clearTimeout(timer);
			run();
		},
		cancel() {
			if (timer) clearTimeout(timer);
			timer = null;
			pending = false;
		},
	};
}
