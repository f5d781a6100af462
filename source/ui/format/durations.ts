// Ages and uptimes, computed at render time from timestamps (never stored as text).

/** Compact duration: "7s", "40s", "12m", "3h", "5d", "7w", "2y" (one unit, floored; 10 s steps from 10 s). */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	if (seconds < 10) return `${seconds}s`;
	// Tens of seconds, so an idle screen redraws at most every 10 s for young containers.
	if (seconds < 60) return `${Math.floor(seconds / 10) * 10}s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return `${hours}h`;
	const days = Math.floor(hours / 24);
	if (days < 14) return `${days}d`;
	if (days < 730) return `${Math.floor(days / 7)}w`;
	return `${Math.floor(days / 365)}y`;
}

/** "3h ago"; timestamps in the future (clock skew) read as "just now". */
export function formatAgo(timestamp: number | null, now: number): string {
	if (timestamp === null || !Number.isFinite(timestamp) || timestamp <= 0) return '-';
	if (timestamp > now - 1000) return 'just now';
	return `${formatDuration(now - timestamp)} ago`;
}

/** How soon a label for this age changes: each second under 10 s, each 10 s under a minute, then each minute. */
export function ageRefreshMs(ageMs: number): number {
	return Math.min(60_000, unitAt(ageMs).step);
}

const second = 1000;
const day = 86_400 * second;
/** formatDuration's units: below `until` it counts in `step` (the unit changes at each `until`). */
const labelUnits = [
	{until: 10 * second, step: second},
	{until: 60 * second, step: 10 * second},
	{until: 3_600 * second, step: 60 * second},
	{until: 48 * 3_600 * second, step: 3_600 * second},
	{until: 14 * day, step: day},
	{until: 730 * day, step: 7 * day},
	{until: Number.POSITIVE_INFINITY, step: 365 * day},
];

const unitAt = (ageMs: number) => labelUnits.find(unit => ageMs < unit.until)!;

/**
 * When a label counted from `since` ("up 12m", "3h ago", "just now") next changes, seen at `now`:
 * until then formatDuration / formatAgo give the same text, so it need not be formatted again.
 */
export function labelChangesAt(since: number, now: number): number {
	const age = now - since;
	if (age < 1000) return since + 1000;
	const {until, step} = unitAt(age);
	return since + Math.min((Math.floor(age / step) + 1) * step, until);
}
