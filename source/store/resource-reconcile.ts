// Volumes and networks re-listed by the slow poll: Podman sends no network events and dockerd's
// events can be missed, so the lists are the truth — except for what an event changed meanwhile.
import type {Engine, Version} from '../engine/types.js';
import {isPodman} from '../engine/engine-kind.js';
import {networkFromApi, volumeFromApi} from './resource-mapping.js';
import type {SyncLedger} from './sync-ledger.js';

/** Polls between two volume/network lists: every poll on Podman (no network events), else every 6th (60 s at the default 10 s). */
export function resourcePollEvery(version: Version | null): number {
	return isPodman(version) ? 1 : 6;
}

/** Puts what the lists hold and drops what they lack, skipping items an event touched after `issued`. */
export function applyResourceLists(ledger: SyncLedger, lists: {volumes: Awaited<ReturnType<Engine['listVolumes']>>; networks: Awaited<ReturnType<Engine['listNetworks']>>}, issued: number): void {
	const {draft} = ledger;
	const volumes = new Map(lists.volumes.map(volume => [volume.Name, volumeFromApi(volume)]));
	const networks = new Map(lists.networks.map(network => [network.Id, networkFromApi(network, draft.get('networks', network.Id))]));
	for (const [name, item] of volumes) if (!ledger.resourceChangedSince('volumes', name, issued)) draft.put('volumes', name, item);
	for (const [id, item] of networks) if (!ledger.resourceChangedSince('networks', id, issued)) draft.put('networks', id, item);
	for (const name of [...draft.read('volumes').keys()]) if (!volumes.has(name) && !ledger.resourceChangedSince('volumes', name, issued)) draft.delete('volumes', name);
	for (const id of [...draft.read('networks').keys()]) if (!networks.has(id) && !ledger.resourceChangedSince('networks', id, issued)) draft.delete('networks', id);
	ledger.forgetResourceChanges(issued);
}
