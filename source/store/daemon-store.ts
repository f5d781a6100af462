// The live store: one State mirrored from the daemon by a chain of sync sessions. A session that
// fails moves the store to reconnecting (data kept, marked stale) and a new one starts after a
// backoff; each new session resyncs fully.
import {ApiVersionError, DockerApiError, EndpointError, PinnedApiVersionError, describeError} from '../engine/errors.js';
import type {Engine} from '../engine/types.js';
import {backoffDelay, type BackoffOptions} from './backoff.js';
import {createInitialState} from './initial-state.js';
import {createNotifyThrottle} from './notify-throttle.js';
import {RecentKeys} from './recent-keys.js';
import {StateDraft} from './state-draft.js';
import {SyncLedger} from './sync-ledger.js';
import {SyncSession} from './sync-session.js';
import {TaskDemand} from './task-demand.js';
import type {Listener, State, Store} from './types.js';

export interface DaemonStore extends Store {
	/** Connects and keeps the state current until stop(). */
	start(): void;
	/** Ends the stream, timers and fetches; resolves when none of ours is left. */
	stop(): Promise<void>;
	/** Lists everything again now (or retries at once when disconnected); never rejects. */
	resync(): Promise<void>;
	fresh(containerIds: readonly string[]): Promise<State>;
	/** Swarm tasks are polled while at least one watcher is registered; call the result to unregister. */
	watchTasks(): () => void;
}

export type DaemonStoreOptions = {
	pollIntervalMs?: number;
	/** Shortest gap between two notifications (default 50 ms: at most 20 frames a second). */
	batchMs?: number;
	backoff?: BackoffOptions;
	fetchConcurrency?: number;
	/** Longest a decision waits for a fetch in flight (fresh()). */
	freshWaitMs?: number;
	/** Swarm services/nodes reconcile and watched-tasks intervals (defaults 30 s and 5 s). */
	swarmIntervals?: {reconcileMs?: number; tasksMs?: number};
};

/** Errors a retry cannot fix: the store shows `failed` and waits for resync(). */
function isPermanent(error: unknown): boolean {
	if (error instanceof ApiVersionError || error instanceof EndpointError) return true;
	return error instanceof DockerApiError && [400, 401, 403].includes(error.status);
}

export function createDaemonStore(engine: Engine, options: DaemonStoreOptions = {}): DaemonStore {
	const {pollIntervalMs = 10_000, batchMs = 50, fetchConcurrency = 4} = options;
	const draft = new StateDraft(createInitialState(engine.endpoint));
	const ledger = new SyncLedger(draft);
	const seen = new RecentKeys();
	const taskDemand = new TaskDemand();
	const listeners = new Set<Listener>();
	let state = draft.state;
	let running = false;
	let loop: Promise<void> | null = null;
	let session: SyncSession | null = null;
	let attempt = 0;
	let wake: (() => void) | null = null;
	let hurry = false;
	let attemptWaiters: Array<() => void> = [];

	const flush = () => {
		const next = draft.commit();
		if (next === state) return;
		state = next;
		for (const listener of [...listeners]) listener();
	};
	const throttle = createNotifyThrottle(flush, {batchMs});
	const changed = () => {
		if (running && draft.dirty) throttle.schedule();
	};

	const settleAttempt = () => {
		const waiters = attemptWaiters;
		attemptWaiters = [];
		for (const resolve of waiters) resolve();
	};

	const sleep = (ms: number) =>
		new Promise<void>(resolve => {
			const timer = ms === Number.POSITIVE_INFINITY ? null : setTimeout(done, ms);
			function done() {
				if (timer) clearTimeout(timer);
				wake = null;
				resolve();
			}
			wake = done;
		});

	const disconnected = (error: unknown) => {
		attempt++;
		const now = Date.now();
		const previous = draft.scalar('connection');
		const since = previous.status === 'reconnecting' || previous.status === 'failed' ? previous.since : now;
		const lastError = describeError(error);
		if (isPermanent(error)) {
			draft.set({connection: {status: 'failed', since, lastError, ...(error instanceof PinnedApiVersionError ? {pinnedVersionRefused: true} : {})}, stale: true});
			changed();
			return Number.POSITIVE_INFINITY;
		}
		const delay = backoffDelay(attempt, options.backoff);
		draft.set({connection: {status: 'reconnecting', since, attempt, lastError, nextRetryAt: now + delay}, stale: true});
		changed();
		return delay;
	};

	const run = async () => {
		while (running) {
			const current = new SyncSession({engine, ledger, seen, pollIntervalMs, fetchConcurrency, changed, taskDemand, swarmIntervals: options.swarmIntervals});
			session = current;
			let reason: unknown;
			try {
				await current.open();
				attempt = 0;
				settleAttempt();
				reason = await current.ended;
			} catch (error) {
				reason = error;
			}
			await current.close(reason);
			session = null;
			if (!running) break;
			const delay = disconnected(reason);
			settleAttempt();
			if (!hurry) await sleep(delay);
			hurry = false;
		}
	};

	return {
		getState: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		start() {
			if (running) return;
			running = true;
			loop = run();
		},
		async stop() {
			if (!running) return;
			running = false;
			throttle.cancel();
			wake?.();
			await session?.close(new Error('store stopped'));
			await loop;
			loop = null;
			settleAttempt();
		},
		watchTasks: () => taskDemand.watch(),
		async fresh(containerIds) {
			await session?.settled(containerIds, options.freshWaitMs ?? 500);
			if (running) throttle.flushNow();
			return state;
		},
		async resync() {
			if (!running) return;
			if (session?.live && draft.scalar('connection').status === 'connected') {
				await session.refresh();
			} else {
				const attempted = new Promise<void>(resolve => attemptWaiters.push(resolve));
				hurry = true;
				wake?.();
				await attempted;
			}
			// The caller sees the result in getState() right away.
			if (running) throttle.flushNow();
		},
	};
}
