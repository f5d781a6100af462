// One clock for the whole screen, for texts computed from timestamps ("up 3m", "5m ago"): every
// pane reads the same `now`, so the list and the detail never disagree. It ticks as often as the
// most demanding reader asks (only as often as those texts can change, so an idle screen writes
// nothing), and a reader that appears (a pane opening) moves it to the present for everyone.
import {useCallback, useSyncExternalStore} from 'react';

export type ScreenClock = {
	now(): number;
	/** Reads the clock every intervalMs (the shortest wanted wins) until the returned function is called. */
	subscribe(listener: () => void, intervalMs: number): () => void;
};

export function createScreenClock(readNow: () => number = Date.now): ScreenClock {
	let now = readNow();
	const readers = new Map<() => void, number>();
	let timer: ReturnType<typeof setInterval> | null = null;
	let timerMs = 0;

	const tick = () => {
		now = readNow();
		for (const listener of [...readers.keys()]) listener();
	};
	const reschedule = () => {
		const ms = readers.size === 0 ? 0 : Math.min(...readers.values());
		if (ms === timerMs) return;
		if (timer) clearInterval(timer);
		timerMs = ms;
		timer = ms > 0 ? setInterval(tick, ms) : null;
		timer?.unref?.();
	};

	return {
		now: () => now,
		subscribe(listener, intervalMs) {
			readers.set(listener, intervalMs);
			reschedule();
			tick();
			return () => {
				readers.delete(listener);
				reschedule();
			};
		},
	};
}

export const screenClock = createScreenClock();

export function useNow(intervalMs: number, clock: ScreenClock = screenClock): number {
	const subscribe = useCallback((listener: () => void) => clock.subscribe(listener, intervalMs), [clock, intervalMs]);
	return useSyncExternalStore(subscribe, clock.now);
}
