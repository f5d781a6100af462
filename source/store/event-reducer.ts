// One daemon event → a targeted patch of the draft, plus what (if anything) to fetch to complete it.
// Never a full reload: containers are fetched by id, volumes by name, networks by id; image events
// refetch the image list (tags move between images, so one image alone would not be enough).
import type {Container, ContainerLifecycleEvent} from './types.js';
import {eventExitCode, eventHealth, type EventKind} from './event-kinds.js';
import type {SyncLedger} from './sync-ledger.js';

export type FollowUp =
	| {kind: 'container'; id: string}
	| {kind: 'images'}
	| {kind: 'volume'; name: string}
	| {kind: 'network'; id: string}
	| {kind: 'daemon'};

/** Recent lifecycle events kept per container, for crash markers. */
export const lifecycleLimit = 50;
/** Containers with a lifecycle kept; past it, histories of removed containers go first (oldest first). */
export const lifecycleContainerLimit = 500;

// Events that change nothing the store shows.
const ignoredContainerActions = new Set(['exec_create', 'exec_start', 'exec_die', 'exec_detach', 'attach', 'detach', 'resize', 'top', 'export', 'copy', 'commit', 'archive-path', 'extract-to-dir', 'mount', 'unmount', 'init', 'cleanup', 'prune', 'checkpoint', 'restore', 'sync']);

function containerFromCreateEvent(kind: EventKind): Container {
	const {image = '', name = '', ...labels} = kind.attributes;
	return {
		id: kind.id,
		name: name.replace(/^\//, ''),
		names: [name.replace(/^\//, '')],
		image,
		imageId: '',
		command: '',
		state: 'created',
		status: 'Created',
		createdAt: kind.timeMs,
		startedAt: null,
		finishedAt: null,
		exitCode: null,
		restartCount: 0,
		health: 'none',
		oomKilled: false,
		ports: [],
		labels,
		composeProject: labels['com.docker.compose.project'] ?? null,
		composeService: labels['com.docker.compose.service'] ?? null,
		tty: null,
		networks: [],
	};
}

function recordLifecycle(ledger: SyncLedger, entry: ContainerLifecycleEvent): void {
	const previous = ledger.draft.get('lifecycle', entry.containerId) ?? [];
	const next = [...previous, entry];
	ledger.draft.put('lifecycle', entry.containerId, next.length > lifecycleLimit ? next.slice(-lifecycleLimit) : next);
	const histories = ledger.draft.read('lifecycle');
	if (histories.size <= lifecycleContainerLimit) return;
	for (const id of [...histories.keys()]) {
		if (ledger.draft.read('lifecycle').size <= lifecycleContainerLimit) break;
		if (!ledger.draft.get('containers', id)) ledger.draft.delete('lifecycle', id);
	}
}

function reduceContainerEvent(ledger: SyncLedger, kind: EventKind): FollowUp | null {
	const {id, action, timeMs: time} = kind;
	if (!id || ledger.isRemoved(id) || ignoredContainerActions.has(action)) return null;
	const fetch: FollowUp = {kind: 'container', id};
	const patch = (fields: Partial<Container>) => ledger.patchContainer(id, previous => (previous ? {...previous, ...fields} : undefined));
	const known = ledger.draft.get('containers', id) !== undefined;
	switch (action) {
		case 'create': {
			ledger.patchContainer(id, previous => previous ?? containerFromCreateEvent(kind));
			return fetch;
		}
		case 'start':
		case 'restart': {
			patch({state: 'running', startedAt: time});
			recordLifecycle(ledger, {containerId: id, action, time});
			return fetch;
		}
		case 'die': {
			const exitCode = eventExitCode(kind);
			patch({state: 'exited', exitCode, finishedAt: time});
			recordLifecycle(ledger, {containerId: id, action: 'die', time, ...(exitCode === null ? {} : {exitCode})});
			return fetch;
		}
		case 'oom': {
			patch({oomKilled: true});
			recordLifecycle(ledger, {containerId: id, action: 'oom', time});
			return known ? null : fetch;
		}
		case 'kill': {
			const signal = kind.attributes.signal;
			recordLifecycle(ledger, {containerId: id, action: 'kill', time, ...(signal ? {signal} : {})});
			return null;
		}
		case 'stop': {
			recordLifecycle(ledger, {containerId: id, action: 'stop', time});
			return known ? null : fetch;
		}
		case 'pause':
		case 'unpause': {
			patch({state: action === 'pause' ? 'paused' : 'running'});
			recordLifecycle(ledger, {containerId: id, action, time});
			return known ? null : fetch;
		}
		case 'rename': {
			const name = (kind.attributes.name ?? '').replace(/^\//, '');
			if (name) patch({name, names: [name]});
			return known && name ? null : fetch;
		}
		case 'health_status': {
			const health = eventHealth(kind);
			if (health) {
				patch({health});
				recordLifecycle(ledger, {containerId: id, action: 'health', time, health});
			}
			return known && health ? null : fetch;
		}
		case 'destroy': {
			ledger.removeContainer(id);
			recordLifecycle(ledger, {containerId: id, action: 'destroy', time});
			return null;
		}
		default:
			// update, and anything newer than this code: let the daemon say what changed.
			ledger.patchContainer(id, previous => previous);
			return fetch;
	}
}

function reduceOtherEvent(ledger: SyncLedger, kind: EventKind): FollowUp | null {
	const {type, action, id} = kind;
	if (type === 'image') {
		if (action === 'delete') ledger.draft.delete('images', id);
		return action === 'push' || action === 'save' ? null : {kind: 'images'};
	}
	if (type === 'volume') {
		if (id) ledger.touchResource('volumes', id);
		if (action === 'destroy') {
			ledger.draft.delete('volumes', id);
			return null;
		}
		return action === 'create' && id ? {kind: 'volume', name: id} : null;
	}
	if (type === 'network') {
		if (id && (action === 'create' || action === 'destroy')) ledger.touchResource('networks', id);
		if (action === 'destroy') {
			ledger.draft.delete('networks', id);
			return null;
		}
		if (action === 'create' && id) return {kind: 'network', id};
		// A container's networks changed: that container is what to refetch.
		const container = kind.attributes.container;
		if ((action === 'connect' || action === 'disconnect') && container && !ledger.isRemoved(container) && ledger.draft.get('containers', container)) {
			ledger.patchContainer(container, previous => previous);
			return {kind: 'container', id: container};
		}
		return null;
	}
	if (type === 'daemon' && action === 'reload') return {kind: 'daemon'};
	return null;
}

export function reduceEvent(ledger: SyncLedger, kind: EventKind): FollowUp | null {
	return kind.type === 'container' ? reduceContainerEvent(ledger, kind) : reduceOtherEvent(ledger, kind);
}
