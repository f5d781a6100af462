// Volumes and networks stay true to the daemon: Podman's volume events name the volume only in the
// attributes, it sends no network events, and any engine's events can be missed.
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Network, Volume} from '../../source/engine/types.js';
import {createDaemonStore, type DaemonStore} from '../../source/store/daemon-store.js';
import {createInitialState} from '../../source/store/initial-state.js';
import {applyResourceLists} from '../../source/store/resource-reconcile.js';
import {reduceEvent} from '../../source/store/event-reducer.js';
import {eventKind} from '../../source/store/event-kinds.js';
import {StateDraft} from '../../source/store/state-draft.js';
import {SyncLedger} from '../../source/store/sync-ledger.js';
import {event, fakeEndpoint, FakeEngine} from './fake-engine.js';

const volume = (name: string): Volume => ({Name: name, Driver: 'local', Mountpoint: `/v/${name}`, Labels: null, Scope: 'local'});
const network = (name: string): Network => ({Name: name, Id: `${name}-id`, Created: '2026-01-01T00:00:00Z', Scope: 'local', Driver: 'bridge', Internal: false, Labels: null});
const podmanVersion = {Version: '4.3.1', ApiVersion: '1.41', MinAPIVersion: '1.24', Os: 'linux', Arch: 'amd64', Components: [{Name: 'Podman Engine', Version: '4.3.1'}]};

let store: DaemonStore | undefined;
afterEach(async () => {
	await store?.stop();
	store = undefined;
});

function setup(podman: boolean) {
	const fake = new FakeEngine();
	if (podman) fake.version = podmanVersion;
	fake.volumes = [volume('keep'), volume('pruned')];
	fake.networks = [network('keep'), network('pruned')];
	store = createDaemonStore(fake.asEngine(), {pollIntervalMs: 20, backoff: {firstMs: 20, maxMs: 60, jitter: 0}});
	store.start();
	return {fake, store};
}

const names = (target: DaemonStore) => ({volumes: [...target.getState().volumes.keys()], networks: [...target.getState().networks.values()].map(item => item.name)});
const count = (fake: FakeEngine, call: string) => fake.calls.filter(name => name === call).length;

describe('volumes and networks re-listed by the slow poll', () => {
	it('on Podman, a prune by another client (no network events) takes the rows away at the next poll', async () => {
		const {fake, store} = setup(true);
		await vi.waitFor(() => expect(names(store)).toEqual({volumes: ['keep', 'pruned'], networks: ['keep', 'pruned']}), {timeout: 2000, interval: 5});
		fake.volumes = [volume('keep')];
		fake.networks = [network('keep'), network('new')];
		await vi.waitFor(() => expect(names(store)).toEqual({volumes: ['keep'], networks: ['keep', 'new']}), {timeout: 2000, interval: 5});
	});

	it('on dockerd (which sends events), only every 6th poll lists them', async () => {
		const {fake, store} = setup(false);
		await vi.waitFor(() => expect(count(fake, 'listContainers')).toBeGreaterThanOrEqual(13), {timeout: 5000, interval: 5});
		await store.stop();
		const polls = count(fake, 'listContainers') - 1;
		expect(count(fake, 'listVolumes')).toBe(1 + Math.floor(polls / 6));
		expect(count(fake, 'listNetworks')).toBe(1 + Math.floor(polls / 6));
		expect(names(store)).toEqual({volumes: ['keep', 'pruned'], networks: ['keep', 'pruned']});
	});

	it('a list sent before a volume or network event does not undo that event', () => {
		const ledger = new SyncLedger(new StateDraft(createInitialState(fakeEndpoint)));
		applyResourceLists(ledger, {volumes: [volume('old')], networks: [network('old')]}, ledger.issue());
		const issued = ledger.issue();
		reduceEvent(ledger, eventKind(event('create', 'fresh', 1, {}, 'volume')));
		reduceEvent(ledger, eventKind(event('destroy', 'old-id', 2, {}, 'network')));
		ledger.draft.put('volumes', 'fresh', {...ledger.draft.get('volumes', 'old')!, name: 'fresh'});
		applyResourceLists(ledger, {volumes: [volume('old')], networks: [network('old')]}, issued);
		const state = ledger.draft.commit();
		expect([...state.volumes.keys()]).toEqual(['old', 'fresh']);
		expect([...state.networks.keys()]).toEqual([]);
	});

	it("Podman's volume events (Actor.ID empty, the name in Attributes.name) remove the row", () => {
		const ledger = new SyncLedger(new StateDraft(createInitialState(fakeEndpoint)));
		applyResourceLists(ledger, {volumes: [volume('data'), volume('other')], networks: []}, ledger.issue());
		// as Podman 4.3 sends it
		reduceEvent(ledger, eventKind({Type: 'volume', Action: 'remove', Actor: {ID: '', Attributes: {containerExitCode: '0', image: '', name: 'data', podId: ''}}, time: 1, timeNano: 1e9}));
		expect([...ledger.draft.commit().volumes.keys()]).toEqual(['other']);
	});
});
