// Lines of several containers in one timestamp order. Each container's lines arrive in order, but
// the streams run at their own pace, so a batch may belong before lines already merged: it is
// merged into the tail it overlaps instead of appended.
import type {LogLine} from './log-line.js';

/** Stable order: by time, then by arrival (the order of `lists`, then of each list). */
export function mergeByTime(lists: ReadonlyArray<readonly LogLine[]>): LogLine[] {
	const sorted = lists.flatMap((list, source) => list.map((line, index) => ({line, source, index})));
	sorted.sort((a, b) => a.line.time - b.line.time || a.source - b.source || a.index - b.index);
	return sorted.map(entry => entry.line);
}

/** First index whose time is greater than `time` (lines sorted by time). */
export function upperBoundByTime(lines: readonly LogLine[], time: number, from = 0): number {
	let low = from;
	let high = lines.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (lines[mid]!.time <= time) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** First index whose time is at least `time`. */
export function lowerBoundByTime(lines: readonly LogLine[], time: number): number {
	let low = 0;
	let high = lines.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (lines[mid]!.time < time) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Merges a batch (any order) into `merged` (sorted by time) in place, touching only the overlapping tail. */
export function mergeInto(merged: LogLine[], batch: readonly LogLine[]): void {
	if (batch.length === 0) return;
	const incoming = mergeByTime([batch]);
	const start = upperBoundByTime(merged, incoming[0]!.time);
	if (start === merged.length) {
		for (const line of incoming) merged.push(line);
		return;
	}
	const tail = merged.splice(start);
	let a = 0;
	let b = 0;
	while (a < tail.length && b < incoming.length) merged.push(tail[a]!.time <= incoming[b]!.time ? tail[a++]! : incoming[b++]!);
	while (a < tail.length) merged.push(tail[a++]!);
	while (b < incoming.length) merged.push(incoming[b++]!);
}
