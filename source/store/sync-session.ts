// One connected stretch with the daemon: the /events stream opened first, then every list, then the
// events that arrived meanwhile (informer style: no gap, and duplicates dropped by key), then
// targeted fetches per event and a slow reconcile poll. Any connection fault ends the session.
import type {Engine, Info} from '../engine/types.js';
import {DockerApiError} from '../engine/errors.js';
import {eventKey, eventKind, type EventKind} from './event-kinds.js';
import {reduceEvent} from './event-reducer.js';
import {FetchQueue} from './fetch-queue.js';
import {pollDelayMs} from './poll-pace.js';
import {applyResourceLists, resourcePollEvery} from './resource-reconcile.js';
import {RecentKeys} from './recent-keys.js';
import type {SyncLedger} from './sync-ledger.js';
import {SwarmSync} from './swarm-sync.js';
import type {TaskDemand} from './task-demand.js';
import {applyImageList, createFetchRunner, followUpKey} from './targeted-fetch.js';

export type SessionOptions = {
	engine: Engine;
	ledger: SyncLedger;
	/** Event keys already applied (shared across sessions, so a replay after reconnect is not applied twice). */
	seen: RecentKeys;
	pollIntervalMs: number;
	fetchConcurrency: number;
	changed(): void;
	/** Whether anyone looks at Swarm tasks (they are polled only then). */
	taskDemand: TaskDemand;
	/** Swarm services/nodes reconcile and watched-tasks intervals (SwarmSync defaults when absent). */
	swarmIntervals?: {reconcileMs?: number; tasksMs?: number};
};

/** Events replayed from slightly before the lists: applying a few twice is harmless, missing one is not. */
const sinceMarginMs = 1000;
const closedMarker = Symbol('closed');

export class SyncSession {
	private readonly abort = new AbortController();
	private readonly queue: FetchQueue;
	private readonly swarm: SwarmSync;
	private buffer: EventKind[] | null = [];
	private pollTimer: NodeJS.Timeout | null = null;
	private lastEventAt = Date.now();
	/** Polls so far: volumes and networks are re-listed on every resourcePollEvery()-th. */
	private polls = 0;
	private failure: unknown = null;
	private resolveEnded!: (reason: unknown) => void;
	private streamDone: Promise<void> = Promise.resolve();
	private syncing: Promise<void> | null = null;
	/** Requests still on the wire: close() waits for them, so none outlives the session. */
	private readonly inflight = new Set<Promise<unknown>>();
	/** Resolves with the reason once the session ends (fault or close); never rejects. */
	readonly ended: Promise<unknown>;

	constructor(private readonly options: SessionOptions) {
		this.ended = new Promise(resolve => {
			this.resolveEnded = resolve;
		});
		this.queue = new FetchQueue(
			createFetchRunner({
				engine: options.engine,
				ledger: options.ledger,
				isLive: () => this.live,
				changed: options.changed,
				fault: error => this.fail(error),
			}),
			options.fetchConcurrency,
		);
		this.swarm = new SwarmSync({
			engine: options.engine,
			draft: options.ledger.draft,
			demand: options.taskDemand,
			changed: options.changed,
			track: request => this.track(request),
			fault: error => this.fail(error),
			...options.swarmIntervals,
		});
	}

	get live(): boolean {
		return !this.abort.signal.aborted;
	}

	/** Opens the stream and loads everything; throws when that fails (the session is then closed). */
	async open(): Promise<void> {
		const {engine} = this.options;
		await this.race(engine.negotiate());
		const before = Date.now();
		const info = await this.race(engine.info());
		const since = (this.daemonNow(info, before) - sinceMarginMs) / 1000;
		this.streamDone = this.consume(since);
		await this.sync(info);
		this.schedulePoll();
	}

	/** Lists everything again while events keep flowing (buffered until the lists are applied). */
	sync(knownInfo?: Info): Promise<void> {
		this.syncing ??= this.load(knownInfo).finally(() => {
			this.syncing = null;
			// Whatever happened, events must not stay buffered.
			if (this.live) this.drain();
		});
		return this.syncing;
	}

	/**
	 * Resolves once what the session knows to be out of date about these containers is applied: a
	 * resync's buffered events, their fetches in flight. Never waits past timeoutMs.
	 */
	async settled(containerIds: readonly string[], timeoutMs: number): Promise<void> {
		let timer: NodeJS.Timeout | undefined;
		const waits = Promise.all([this.syncing?.catch(() => undefined), ...containerIds.map(id => this.queue.settled(followUpKey({kind: 'container', id})))]);
		await Promise.race([waits, new Promise(resolve => (timer = setTimeout(resolve, timeoutMs))), this.ended]);
		clearTimeout(timer);
	}

	/** A manual refresh while connected: a broken connection ends the session, a daemon error is shown by nothing. */
	async refresh(): Promise<void> {
		try {
			await this.sync();
		} catch (error) {
			if (this.live && !(error instanceof DockerApiError)) this.fail(error);
		}
	}

	private async load(knownInfo?: Info): Promise<void> {
		const {engine, ledger} = this.options;
		this.buffer ??= [];
		const issued = ledger.issue();
		const [containers, images, volumes, networks, version, info] = await this.race(
			Promise.all([engine.listContainers({all: true}), engine.listImages(), engine.listVolumes(), engine.listNetworks(), engine.version(), knownInfo ?? engine.info()]),
		);
		const draft = ledger.draft;
		this.inspectLater(ledger.applyContainerList(containers, issued).inspect);
		applyImageList(ledger, images);
		applyResourceLists(ledger, {volumes, networks}, issued);
		const now = Date.now();
		draft.set({
			daemon: {...draft.scalar('daemon'), version, info, apiVersion: engine.apiVersion},
			connection: draft.scalar('connection').status === 'connected' ? draft.scalar('connection') : {status: 'connected', since: now},
			stale: false,
			syncedAt: now,
		});
		// The role is re-read with every sync (so on every reconnect); swarm lists do not hold up the first screen.
		void this.swarm.learn(info);
		this.drain();
	}

	private drain(): void {
		const buffered = this.buffer ?? [];
		this.buffer = null;
		for (const kind of buffered) this.apply(kind);
		this.options.changed();
	}

	/** Ends the session: stream aborted, poll stopped, pending fetches dropped and awaited. */
	async close(reason: unknown = new Error('session closed')): Promise<void> {
		this.end(reason);
		await this.streamDone;
		await this.queue.idle();
		await Promise.allSettled([...this.inflight]);
	}

	private end(reason: unknown): void {
		if (!this.live) return;
		this.abort.abort();
		if (this.pollTimer) clearTimeout(this.pollTimer);
		this.pollTimer = null;
		this.queue.clear();
		this.swarm.stop();
		this.resolveEnded(reason);
	}

	private fail(error: unknown): void {
		this.failure ??= error;
		this.end(error);
	}

	/** Waits for a request, but gives up as soon as the session ends (its answer is then ignored). */
	private async race<T>(request: Promise<T>): Promise<T> {
		this.track(request);
		const result = await Promise.race([request, this.ended.then(() => closedMarker)]);
		if (result === closedMarker || !this.live) throw this.failure ?? new Error('session closed');
		return result as T;
	}

	private track<T>(request: Promise<T>): Promise<T> {
		this.inflight.add(request);
		// settled either way; an answer after the session ended must not become an unhandled rejection
		request.then(
			() => this.inflight.delete(request),
			() => this.inflight.delete(request),
		);
		return request;
	}

	private daemonNow(info: Info, before: number): number {
		const systemTime = Date.parse((info as Info & {SystemTime?: string}).SystemTime ?? '');
		// Remote daemons' clocks drift; `since` must be in the daemon's time.
		return Number.isNaN(systemTime) ? Date.now() : systemTime + (Date.now() - before) / 2;
	}

	private async consume(since: number): Promise<void> {
		const {engine} = this.options;
		try {
			const stream = engine.events({
				signal: this.abort.signal,
				since,
				onBadLine: line => this.fail(new Error(`malformed event from the daemon: ${line.slice(0, 80)}`)),
			});
			for await (const event of stream) {
				if (!this.live) break;
				this.lastEventAt = Date.now();
				const kind = eventKind(event);
				const key = eventKey(kind);
				if (this.options.seen.has(key)) continue;
				this.options.seen.add(key);
				if (this.buffer) this.buffer.push(kind);
				else this.apply(kind);
			}
			this.fail(new Error('the daemon closed the events stream'));
		} catch (error) {
			this.fail(error);
		}
	}

	private apply(kind: EventKind): void {
		if (kind.type === 'service' || kind.type === 'node' || kind.type === 'container') this.swarm.onEvent(kind);
		const followUp = reduceEvent(this.options.ledger, kind);
		if (followUp) this.queue.request(followUpKey(followUp));
		this.options.changed();
	}

	/** Start time, Tty and health come only from inspect: fetched once per new or changed container. */
	private inspectLater(ids: string[]): void {
		for (const id of ids) this.queue.request(followUpKey({kind: 'container', id}));
	}

	private schedulePoll(): void {
		if (!this.live) return;
		this.pollTimer = setTimeout(() => {
			this.pollTimer = null;
			void this.poll().then(() => this.schedulePoll());
		}, pollDelayMs(this.options.pollIntervalMs, this.options.ledger.draft.read('containers').size));
	}

	private async poll(): Promise<void> {
		const {engine, ledger} = this.options;
		const issued = ledger.issue();
		const silentSince = this.lastEventAt;
		try {
			const resources = ++this.polls % resourcePollEvery(ledger.draft.scalar('daemon').version) === 0;
			const [list, volumes, networks] = await this.track(Promise.all([engine.listContainers({all: true}), resources ? engine.listVolumes() : null, resources ? engine.listNetworks() : null]));
			if (!this.live) return;
			if (volumes && networks) applyResourceLists(ledger, {volumes, networks}, issued);
			const {drift, inspect} = ledger.applyContainerList(list, issued);
			this.inspectLater(inspect);
			this.options.changed();
			// Changes the stream never told of, while it stayed silent: it has stalled.
			if (drift > 0 && this.lastEventAt === silentSince && Date.now() - silentSince >= this.options.pollIntervalMs) {
				this.fail(new Error('the events stream stalled (the poll found changes it did not report)'));
			}
		} catch (error) {
			if (this.live && !(error instanceof DockerApiError)) this.fail(error);
		}
	}
}
