// Coalesces store changes into notifications: at most one per batchMs. A change after a quiet spell
// is delivered on the next tick; changes meanwhile wait at most until batchMs after the last
// notification. The window never widens with the rate: one user action makes several changes
// (kill, die, stop, the fetches after them), and a wider window would hold them back; a storm costs
// at most 1000 / batchMs notifications a second and its last change shows within batchMs.
export type NotifyThrottle = {
	/** Something changed: make sure a flush happens soon. */
	schedule(): void;
	/** Flushes now if something is pending. */
	flushNow(): void;
	/** Drops any pending timer (nothing is flushed). */
	cancel(): void;
};

export type ThrottleOptions = {
	/** Shortest gap between two notifications (50 ms: at most 20 a second). */
	batchMs: number;
	now?: () => number;
};

export function createNotifyThrottle(flush: () => void, options: ThrottleOptions): NotifyThrottle {
	const {batchMs} = options;
	const now = options.now ?? (() => performance.now());
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
			pending = true;
			if (timer) return;
			timer = setTimeout(run, Math.max(0, lastFlush + batchMs - now()));
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
