// Delay before reconnect attempt n (1-based): fast first retry, doubling, capped, with jitter so
// many clients of one daemon do not retry in step.
export type BackoffOptions = {firstMs?: number; maxMs?: number; jitter?: number; random?: () => number};

export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
	const {firstMs = 200, maxMs = 3000, jitter = 0.2, random = Math.random} = options;
	const base = Math.min(maxMs, firstMs * 2 ** Math.max(0, attempt - 1));
	const spread = base * jitter * (random() * 2 - 1);
	return Math.round(Math.min(maxMs, Math.max(0, base + spread)));
}
