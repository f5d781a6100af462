// Applies daemon data to the draft while guarding against races between the event stream, targeted
// fetches and lists: a removed container never comes back, and an answer to a request sent before
// a newer change never overwrites that change.
import type {ContainerInspect, ContainerSummary} from '../engine/types.js';
import type {Container} from './types.js';
import {containerFromInspect, containerFromSummary} from './container-mapping.js';
import {StateDraft} from './state-draft.js';

export type ApplyResult = 'applied' | 'stale' | 'removed';

export class SyncLedger {
	readonly draft: StateDraft;
	private sequence = 0;
	/** Container id → sequence number of its latest change. */
	private readonly touched = new Map<string, number>();
	/** Removed container id → sequence number of the removal (ids are never reused). */
	private readonly tombstones = new Map<string, number>();
	/** "volumes:name" / "networks:id" → sequence number of the latest event about it. */
	private readonly resourceTouched = new Map<string, number>();

	constructor(draft: StateDraft) {
		this.draft = draft;
	}

	/** Call right before sending a request; pass the result to the apply method for its answer. */
	issue(): number {
		return ++this.sequence;
	}

	isRemoved(id: string): boolean {
		return this.tombstones.has(id);
	}

	changedSince(id: string, issued: number): boolean {
		return (this.touched.get(id) ?? 0) > issued;
	}

	/** Applies an event-driven change to a known (or, with create, new) container. */
	patchContainer(id: string, update: (previous: Container | undefined) => Container | undefined): void {
		if (this.isRemoved(id)) return;
		const next = update(this.draft.get('containers', id));
		this.touched.set(id, ++this.sequence);
		if (next) this.draft.put('containers', id, next);
	}

	removeContainer(id: string): void {
		this.draft.delete('containers', id);
		this.touched.delete(id);
		this.tombstones.set(id, ++this.sequence);
	}

	applyInspect(inspect: ContainerInspect, issued: number): ApplyResult {
		if (this.isRemoved(inspect.Id)) return 'removed';
		if (this.changedSince(inspect.Id, issued)) return 'stale';
		const previous = this.draft.get('containers', inspect.Id);
		this.draft.put('containers', inspect.Id, keepDeath(previous, containerFromInspect(inspect, previous)));
		this.touched.set(inspect.Id, ++this.sequence);
		return 'applied';
	}

	/** A fetch answered 404: the container is gone, unless it changed after the request was sent. */
	applyMissing(id: string, issued: number): ApplyResult {
		if (this.isRemoved(id)) return 'removed';
		if (this.changedSince(id, issued)) return 'stale';
		this.removeContainer(id);
		return 'removed';
	}

	/**
	 * A full `/containers/json?all=1` answer: adds, updates and removes, skipping what changed meanwhile.
	 * Returns how many containers appeared, vanished or changed state (drift the events did not bring),
	 * and which ones to inspect (new, changed, or never inspected: the list lacks start time and Tty).
	 */
	applyContainerList(list: ContainerSummary[], issued: number): {drift: number; inspect: string[]} {
		const listed = new Set<string>();
		const inspect: string[] = [];
		let drift = 0;
		for (const summary of list) {
			listed.add(summary.Id);
			if (this.isRemoved(summary.Id) || this.changedSince(summary.Id, issued)) continue;
			const previous = this.draft.get('containers', summary.Id);
			const changed = !previous || previous.state !== summary.State;
			if (changed) drift++;
			if (changed || previous.tty === null) inspect.push(summary.Id);
			// the list has no start time: a run it still calls running after it died keeps its start, so
			// it stays dead here and the inspect asked for above decides
			this.draft.put('containers', summary.Id, keepDeath(previous, containerFromSummary(summary, previous)));
		}
		for (const id of [...this.draft.read('containers').keys()]) {
			if (listed.has(id) || this.changedSince(id, issued)) continue;
			this.removeContainer(id);
			drift++;
		}
		// A tombstone older than this list and absent from it has done its job.
		for (const [id, removedAt] of this.tombstones) {
			if (removedAt < issued && !listed.has(id)) this.tombstones.delete(id);
		}
		return {drift, inspect};
	}

	/** A volume or network event: a list sent before it must not undo it. */
	touchResource(kind: 'volumes' | 'networks', id: string): void {
		this.resourceTouched.set(`${kind}:${id}`, ++this.sequence);
	}

	resourceChangedSince(kind: 'volumes' | 'networks', id: string, issued: number): boolean {
		return (this.resourceTouched.get(`${kind}:${id}`) ?? 0) > issued;
	}

	/** Events older than a list that has been applied are in that list: forget them (bounded memory). */
	forgetResourceChanges(issued: number): void {
		for (const [key, at] of this.resourceTouched) if (at <= issued) this.resourceTouched.delete(key);
	}

	/** How many removals are still remembered (bounded: each list prunes the confirmed ones). */
	get tombstoneCount(): number {
		return this.tombstones.size;
	}
}

/**
 * A fetched answer (inspect or list) that calls running a run an event or an earlier answer saw die:
 * Podman answers with the old state for several seconds after its "died" event (until its cleanup
 * runs). The same run (started no later than it died) stays dead; a new run has a later start and
 * its own start event.
 */
function keepDeath(previous: Container | undefined, fetched: Container): Container {
	if (!previous || (previous.state !== 'exited' && previous.state !== 'dead') || previous.finishedAt === null) return fetched;
	if (fetched.state !== 'running' && fetched.state !== 'paused') return fetched;
	if (fetched.startedAt !== null && fetched.startedAt > previous.finishedAt) return fetched;
	const {state, status, exitCode, finishedAt, health} = previous;
	return {...fetched, state, status, exitCode, finishedAt, health};
}
