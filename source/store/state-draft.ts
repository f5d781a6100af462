// A copy-on-write working copy of State: each map is cloned at most once per commit, and commit()
// returns the same State when nothing changed, or a new one where only changed maps are new.
import type {Container, ContainerLifecycleEvent, Image, NetworkItem, State, VolumeItem} from './types.js';
import {plainEqual} from './plain-equal.js';
import type {SwarmNode, SwarmService, SwarmTask} from '../engine/swarm-types.js';

type Items = {
	containers: Container;
	images: Image;
	volumes: VolumeItem;
	networks: NetworkItem;
	lifecycle: readonly ContainerLifecycleEvent[];
	services: SwarmService;
	tasks: SwarmTask;
	nodes: SwarmNode;
};
export type MapName = keyof Items;
type Scalars = Pick<State, 'daemon' | 'connection' | 'stale' | 'syncedAt' | 'swarm'>;

export class StateDraft {
	private base: State;
	private scalars: Partial<Scalars> = {};
	private readonly written = new Map<MapName, Map<string, unknown>>();

	constructor(base: State) {
		this.base = base;
	}

	get state(): State {
		return this.base;
	}

	get dirty(): boolean {
		return this.written.size > 0 || Object.keys(this.scalars).length > 0;
	}

	read<K extends MapName>(name: K): ReadonlyMap<string, Items[K]> {
		return (this.written.get(name) ?? this.base[name]) as ReadonlyMap<string, Items[K]>;
	}

	get<K extends MapName>(name: K, id: string): Items[K] | undefined {
		return this.read(name).get(id);
	}

	/** Stores the item unless an equal one is there already (then the old object stays). */
	put<K extends MapName>(name: K, id: string, item: Items[K]): Items[K] {
		const current = this.get(name, id);
		if (current !== undefined && plainEqual(current, item)) return current;
		this.writable(name).set(id, item);
		return item;
	}

	delete(name: MapName, id: string): boolean {
		if (!this.read(name).has(id)) return false;
		return this.writable(name).delete(id);
	}

	set(fields: Partial<Scalars>): void {
		for (const [key, value] of Object.entries(fields) as Array<[keyof Scalars, unknown]>) {
			const current = key in this.scalars ? this.scalars[key] : this.base[key];
			if (!plainEqual(current, value)) (this.scalars as Record<string, unknown>)[key] = value;
		}
	}

	scalar<K extends keyof Scalars>(key: K): State[K] {
		return (key in this.scalars ? this.scalars[key] : this.base[key]) as State[K];
	}

	/** The new snapshot (or the old one when nothing changed); the draft continues from it. */
	commit(): State {
		if (!this.dirty) return this.base;
		if (this.written.has('containers') || this.written.has('images') || this.written.has('networks')) this.countUsers();
		const next: State = {...this.base, ...this.scalars};
		for (const [name, map] of this.written) (next as Record<MapName, unknown>)[name] = map;
		this.base = next;
		this.scalars = {};
		this.written.clear();
		return next;
	}

	private writable(name: MapName): Map<string, unknown> {
		let map = this.written.get(name);
		if (!map) {
			map = new Map(this.base[name] as ReadonlyMap<string, unknown>);
			this.written.set(name, map);
		}
		return map;
	}

	// Image and network `containers` counts are derived from the container list.
	private countUsers(): void {
		const byImage = new Map<string, number>();
		const byNetwork = new Map<string, number>();
		for (const container of this.read('containers').values()) {
			byImage.set(container.imageId, (byImage.get(container.imageId) ?? 0) + 1);
			for (const network of container.networks ?? []) byNetwork.set(network, (byNetwork.get(network) ?? 0) + 1);
		}
		for (const [id, image] of this.read('images')) {
			const count = byImage.get(id) ?? 0;
			if (image.containers !== count) this.put('images', id, {...image, containers: count});
		}
		for (const [id, network] of this.read('networks')) {
			const count = byNetwork.get(network.name) ?? 0;
			if (network.containers !== count) this.put('networks', id, {...network, containers: count});
		}
	}
}
