// Keeps the Swarm slice current during one session: the role comes from /info (each sync, so
// again on every reconnect); on a manager, service and node events patch what they name, a slow
// poll lists services and nodes again, and tasks (which have no events) are listed on a slower
// beat only while someone watches them, plus twice right after a service event.
import {DockerApiError} from '../engine/errors.js';
import type {Engine, Info} from '../engine/types.js';
import type {EventKind} from './event-kinds.js';
import type {StateDraft} from './state-draft.js';
import {describeSwarmError, swarmRole, swarmStatusFromInfo, type SwarmStatus} from './swarm-slice.js';
import type {TaskDemand} from './task-demand.js';

export type SwarmSyncOptions = {
	engine: Engine;
	draft: StateDraft;
	demand: TaskDemand;
	changed(): void;
	/** Wraps a request so the session waits for it on close. */
	track<T>(request: Promise<T>): Promise<T>;
	/** A connection-level failure: the session must end. */
	fault(error: unknown): void;
	/** Services and nodes listed again (default 30 s). */
	reconcileMs?: number;
	/** Tasks listed again while watched (default 5 s). */
	tasksMs?: number;
};

/** After a service event: tasks on other nodes change silently, so look soon and once more a little later. */
export const taskBurstMs = [300, 2500] as const;
/** Container events of task containers on this node are many: one task list for all within this window. */
const containerEventBatchMs = 1000;

export class SwarmSync {
	private live = true;
	private readonly timers = new Set<NodeJS.Timeout>();
	private reconcileTimer: NodeJS.Timeout | null = null;
	private tasksTimer: NodeJS.Timeout | null = null;
	private tasksSoon: NodeJS.Timeout | null = null;
	private listingTasks: Promise<void> | null = null;
	private readonly unwatch: () => void;

	constructor(private readonly options: SwarmSyncOptions) {
		this.unwatch = options.demand.onChange(() => this.demandChanged());
	}

	private get status(): SwarmStatus {
		return this.options.draft.scalar('swarm');
	}

	private get manager(): boolean {
		return this.live && this.status.role === 'manager';
	}

	private get reconcileMs(): number {
		return this.options.reconcileMs ?? 30_000;
	}

	private get tasksMs(): number {
		return this.options.tasksMs ?? 5000;
	}

	/** The role from a fresh /info; on a manager, everything is listed again (not awaited by the caller). */
	learn(info: Info): Promise<void> {
		if (!this.live) return Promise.resolve();
		const {draft} = this.options;
		draft.set({swarm: swarmStatusFromInfo(info, this.status)});
		if (!this.manager) {
			this.clearMaps();
			this.stopTimers();
			this.options.changed();
			return Promise.resolve();
		}
		return this.reconcile(this.options.demand.watched);
	}

	stop(): void {
		this.live = false;
		this.unwatch();
		this.stopTimers();
	}

	onEvent(kind: EventKind): void {
		if (!this.manager) return;
		if (kind.type === 'service') this.serviceEvent(kind);
		else if (kind.type === 'node') this.nodeEvent(kind);
		else if (kind.type === 'container' && kind.attributes['com.docker.swarm.task.id'] && this.options.demand.watched) this.tasksAfter(containerEventBatchMs);
	}

	private serviceEvent(kind: EventKind): void {
		const {draft} = this.options;
		if (!kind.id) return;
		if (isRemoval(kind)) {
			draft.delete('services', kind.id);
			for (const [id, task] of draft.read('tasks')) if (task.ServiceID === kind.id) draft.delete('tasks', id);
			this.options.changed();
			return;
		}
		void this.request(this.options.engine.inspectService(kind.id), service => draft.put('services', service.ID, service), () => draft.delete('services', kind.id));
		for (const delay of taskBurstMs) this.later(delay, () => this.listTasks());
	}

	private nodeEvent(kind: EventKind): void {
		const {draft} = this.options;
		if (!kind.id) return;
		if (isRemoval(kind)) {
			draft.delete('nodes', kind.id);
			this.options.changed();
			return;
		}
		void this.request(this.options.engine.inspectNode(kind.id), node => draft.put('nodes', node.ID, node), () => draft.delete('nodes', kind.id));
	}

	/** Services and nodes (and tasks when watched) listed again; then the next reconcile is scheduled. */
	private async reconcile(withTasks: boolean): Promise<void> {
		if (this.reconcileTimer) clearTimeout(this.reconcileTimer);
		this.reconcileTimer = null;
		const {engine, draft} = this.options;
		const startedAt = Date.now();
		await Promise.all([
			this.request(Promise.all([engine.listServices({status: true}), engine.listNodes()]), ([services, nodes]) => {
				replaceMap(draft, 'services', services);
				replaceMap(draft, 'nodes', nodes);
				draft.set({swarm: {...this.status, servicesAt: startedAt, error: null}});
			}),
			withTasks ? this.listTasks() : undefined,
		]);
		if (this.manager) this.reconcileTimer = this.timer(this.reconcileMs, () => void this.reconcile(false));
		this.demandChanged();
	}

	private listTasks(): Promise<void> {
		if (!this.manager) return Promise.resolve();
		this.listingTasks ??= this.request(this.options.engine.listTasks(), tasks => {
			replaceMap(this.options.draft, 'tasks', tasks);
			this.options.draft.set({swarm: {...this.status, tasksAt: Date.now()}});
		}).finally(() => {
			this.listingTasks = null;
		});
		return this.listingTasks;
	}

	/** Starts or stops the watched-tasks beat; a new watcher gets a list at once unless one is fresh. */
	private demandChanged(): void {
		if (!this.manager || !this.options.demand.watched) {
			if (this.tasksTimer) clearTimeout(this.tasksTimer);
			this.tasksTimer = null;
			return;
		}
		if (this.tasksTimer) return;
		const age = Date.now() - (this.status.tasksAt ?? 0);
		const beat = () => {
			this.tasksTimer = null;
			void this.listTasks().then(() => this.demandChanged());
		};
		this.tasksTimer = this.timer(Math.max(0, this.tasksMs - age), beat);
	}

	private tasksAfter(ms: number): void {
		if (this.tasksSoon) return;
		this.tasksSoon = this.timer(ms, () => {
			this.tasksSoon = null;
			void this.listTasks();
		});
	}

	private later(ms: number, run: () => void): void {
		this.timer(ms, run);
	}

	/** One swarm request: its answer applied while live; a 404 runs `gone`; a 503 means the role changed. */
	private async request<T>(request: Promise<T>, apply: (answer: T) => void, gone?: () => void): Promise<void> {
		try {
			const answer = await this.options.track(request);
			if (!this.live) return;
			apply(answer);
		} catch (error) {
			if (!this.live) return;
			if (!(error instanceof DockerApiError)) return this.options.fault(error);
			if (error.status === 404 && gone) gone();
			else this.options.draft.set({swarm: {...this.status, error: describeSwarmError(error)}});
			if (error.status === 503) void this.recheckRole();
		}
		this.options.changed();
	}

	private async recheckRole(): Promise<void> {
		try {
			const info = await this.options.track(this.options.engine.info());
			if (!this.live) return;
			// Still a manager (a cluster without a leader answers 503 too): keep the error, let the
			// next reconcile retry; listing again now would loop request → 503 → /info → request.
			if (swarmRole(info) === 'manager') this.options.draft.set({swarm: {...swarmStatusFromInfo(info, this.status), error: this.status.error}});
			else await this.learn(info);
			this.options.changed();
		} catch (error) {
			if (this.live && !(error instanceof DockerApiError)) this.options.fault(error);
		}
	}

	private clearMaps(): void {
		const {draft} = this.options;
		for (const name of ['services', 'tasks', 'nodes'] as const) for (const id of [...draft.read(name).keys()]) draft.delete(name, id);
	}

	private timer(ms: number, run: () => void): NodeJS.Timeout {
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			if (this.live) run();
		}, ms);
		this.timers.add(timer);
		return timer;
	}

	private stopTimers(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		this.reconcileTimer = this.tasksTimer = this.tasksSoon = null;
	}
}

/** Docker sends `remove`; eventKind() maps it to `destroy` (Podman's container removals), so both. */
function isRemoval(kind: EventKind): boolean {
	return kind.action === 'remove' || kind.action === 'destroy';
}

function replaceMap<K extends 'services' | 'tasks' | 'nodes'>(draft: StateDraft, name: K, items: Array<{ID: string}>): void {
	const keep = new Set<string>();
	for (const item of items) {
		keep.add(item.ID);
		draft.put(name, item.ID, item as never);
	}
	for (const id of [...draft.read(name).keys()]) if (!keep.has(id)) draft.delete(name, id);
}
