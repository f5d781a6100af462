// Waits for the store to show something; used by store tests and the sync benchmark (no vitest here).
import type {State, Store} from '../../source/store/types.js';

/** Resolves with the ms it took once a notified state satisfies the predicate (checked at once, too). */
export function waitForState(store: Store, predicate: (state: State) => boolean, timeoutMs: number, what = 'the expected state'): Promise<number> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		if (predicate(store.getState())) return resolve(0);
		const timer = setTimeout(() => {
			unsubscribe();
			reject(new Error(`not within ${timeoutMs} ms: ${what} (connection ${JSON.stringify(store.getState().connection)})`));
		}, timeoutMs);
		const unsubscribe = store.subscribe(() => {
			if (!predicate(store.getState())) return;
			clearTimeout(timer);
			unsubscribe();
			resolve(performance.now() - started);
		});
	});
}
