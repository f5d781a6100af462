// Which part of a container's log a view asks for: the last N lines (tail), from how long ago (since).

export type SinceWindow = 'all' | '10m' | '1h' | '24h';
export const sinceWindows: readonly SinceWindow[] = ['all', '10m', '1h', '24h'];

export type LogWindow = {tail: number | 'all'; since: SinceWindow};

export const defaultTail = 500;
export const tailChoices: ReadonlyArray<number | 'all'> = [100, 500, 2000, 10_000, 'all'];

const sinceMs: Record<Exclude<SinceWindow, 'all'>, number> = {'10m': 600_000, '1h': 3_600_000, '24h': 86_400_000};

/** The `since` query value (unix seconds) for a window, or undefined for 'all'. */
export function sinceSeconds(since: SinceWindow, now = Date.now()): number | undefined {
	return since === 'all' ? undefined : Math.floor((now - sinceMs[since]) / 1000);
}

export function nextSince(since: SinceWindow): SinceWindow {
	return sinceWindows[(sinceWindows.indexOf(since) + 1) % sinceWindows.length]!;
}

/** The next tail choice up or down from the current one. */
export function stepTail(tail: number | 'all', direction: 1 | -1): number | 'all' {
	const index = tailChoices.findIndex(choice => choice === tail);
	const from = index === -1 ? tailChoices.indexOf(defaultTail) : index;
	return tailChoices[Math.max(0, Math.min(tailChoices.length - 1, from + direction))]!;
}

export function sameWindow(a: LogWindow, b: LogWindow): boolean {
	return a.tail === b.tail && a.since === b.since;
}
