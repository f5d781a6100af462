// Coalesces store changes into notifications: a change after a quiet spell is delivered at once
// (next tick), changes in a burst at most one per window, and the window doubles while the burst
// lasts (up to maxMs) so 30 containers starting over a few seconds cost a handful of renders.
export type NotifyThrottle = {
	/** Something changed: make sure a flush happens soon. */
	schedule(): void;
	/** Flushes now if something is pending. */
	flushNow(): void;
	/** Drops any pending timer (nothing is flushed). */
	cancel(): void;
};

export type ThrottleOptions = {batchMs: number; maxMs?: number; now?: () => number};

export function createNotifyThrottle(flush: () => void, options: ThrottleOptions): NotifyThrottle {
	const {batchMs} = options;
	const maxMs = Math.max(batchMs, options.maxMs ?? batchMs * 16);
	const now = options.now ?? (() => performance.now());
	let windowMs = batchMs;
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
			const sinceLast = now() - lastFlush;
			if (sinceLast >= windowMs) {
				// A quiet spell at least one window long ends the burst.
				if (sinceLast >= windowMs * 2) windowMs = batchMs;
				timer = setTimeout(run, 0);
			} else {
				const delay = windowMs - sinceLast;
				windowMs = Math.min(windowMs * 2, maxMs);
				timer = setTimeout(run, delay);
			}
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
