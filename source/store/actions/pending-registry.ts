// Which ids have a request in flight, observable so rows can show "stopping…" without polling.
import type {PendingAction} from './types.js';

export type PendingRegistry = {
	get(id: string): PendingAction | undefined;
	has(id: string): boolean;
	/** Marks the id busy until the returned promise settles. */
	track<T>(id: string, op: string, label: string, work: () => Promise<T>): Promise<T>;
	subscribe(listener: () => void): () => void;
};

export function createPendingRegistry(now: () => number = Date.now): PendingRegistry {
	const pending = new Map<string, PendingAction>();
	const listeners = new Set<() => void>();
	const notify = () => {
		for (const listener of [...listeners]) listener();
	};
	return {
		get: id => pending.get(id),
		has: id => pending.has(id),
		async track(id, op, label, work) {
			const entry = {op, label, since: now()};
			pending.set(id, entry);
			notify();
			try {
				return await work();
			} finally {
				// A newer action on the same id owns the entry now; leave it.
				if (pending.get(id) === entry) {
					pending.delete(id);
					notify();
				}
			}
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
