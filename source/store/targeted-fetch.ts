// What each event follow-up fetches, and how its answer lands in the draft. Only the one object that
// changed is asked for; image events re-list images (a tag moving makes another image dangling).
import {DockerApiError} from '../engine/errors.js';
import type {Engine} from '../engine/types.js';
import type {FollowUp} from './event-reducer.js';
import type {FetchOutcome} from './fetch-queue.js';
import {imageFromSummary, networkFromApi, volumeFromApi} from './resource-mapping.js';
import type {SyncLedger} from './sync-ledger.js';
import type {ImageSummary} from '../engine/types.js';

export type FetchContext = {
	engine: Engine;
	ledger: SyncLedger;
	/** False once the session that asked has ended: its answers are dropped. */
	isLive(): boolean;
	changed(): void;
	/** A connection-level failure (daemon gone, timeout): the session must end. */
	fault(error: unknown): void;
};

export function followUpKey(followUp: FollowUp): string {
	switch (followUp.kind) {
		case 'container':
			return `container:${followUp.id}`;
		case 'volume':
			return `volume:${followUp.name}`;
		case 'network':
			return `network:${followUp.id}`;
		default:
			return followUp.kind;
	}
}

export function isNotFound(error: unknown): boolean {
	return error instanceof DockerApiError && error.status === 404;
}

/** Replaces the image map with a fresh list, keeping unchanged items' identity. */
export function applyImageList(ledger: SyncLedger, list: ImageSummary[]): void {
	const draft = ledger.draft;
	const listed = new Set<string>();
	for (const summary of list) {
		listed.add(summary.Id);
		draft.put('images', summary.Id, imageFromSummary(summary, draft.get('images', summary.Id)));
	}
	for (const id of [...draft.read('images').keys()]) if (!listed.has(id)) draft.delete('images', id);
}

async function fetchOne(context: FetchContext, key: string): Promise<FetchOutcome> {
	const {engine, ledger} = context;
	const colon = key.indexOf(':');
	const kind = colon < 0 ? key : key.slice(0, colon);
	const id = colon < 0 ? '' : key.slice(colon + 1);
	const issued = ledger.issue();
	try {
		switch (kind) {
			case 'container': {
				const inspect = await engine.inspectContainer(id);
				if (!context.isLive()) return 'done';
				return ledger.applyInspect(inspect, issued) === 'stale' ? 'again' : 'done';
			}
			case 'images': {
				const list = await engine.listImages();
				if (context.isLive()) applyImageList(ledger, list);
				return 'done';
			}
			case 'volume': {
				const volume = await engine.inspectVolume(id);
				if (context.isLive()) ledger.draft.put('volumes', volume.Name, volumeFromApi(volume));
				return 'done';
			}
			case 'network': {
				const network = await engine.inspectNetwork(id);
				if (context.isLive()) ledger.draft.put('networks', network.Id, networkFromApi(network, ledger.draft.get('networks', network.Id)));
				return 'done';
			}
			default: {
				const [version, info] = await Promise.all([engine.version(), engine.info()]);
				if (context.isLive()) ledger.draft.set({daemon: {...ledger.draft.scalar('daemon'), version, info, apiVersion: engine.apiVersion}});
				return 'done';
			}
		}
	} catch (error) {
		if (!context.isLive()) return 'done';
		if (isNotFound(error)) {
			if (kind === 'container') return ledger.applyMissing(id, issued) === 'stale' ? 'again' : 'done';
			if (kind === 'volume') ledger.draft.delete('volumes', id);
			if (kind === 'network') ledger.draft.delete('networks', id);
			return 'done';
		}
		// Another daemon error (500 …): the reconcile poll will correct it; a broken connection ends the session.
		if (!(error instanceof DockerApiError)) context.fault(error);
		return 'done';
	} finally {
		if (context.isLive()) context.changed();
	}
}

export function createFetchRunner(context: FetchContext): (key: string) => Promise<FetchOutcome> {
	return key => fetchOne(context, key);
}
