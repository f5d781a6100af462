// Memoised list selectors: the same map object gives the same array, so a pane whose map did not
// change re-renders nothing.
import type {Container, Image, NetworkItem, State, VolumeItem} from './types.js';

function memoByMap<T>(order: (a: T, b: T) => number): (map: ReadonlyMap<string, T>) => T[] {
	const cache = new WeakMap<ReadonlyMap<string, T>, T[]>();
	return map => {
		let list = cache.get(map);
		if (!list) {
			list = [...map.values()].sort(order);
			cache.set(map, list);
		}
		return list;
	};
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Newest first, like `docker ps`; ids break ties so the order never flickers.
const containers = memoByMap<Container>((a, b) => b.createdAt - a.createdAt || byText(a.id, b.id));
const images = memoByMap<Image>((a, b) => b.createdAt - a.createdAt || byText(a.id, b.id));
const volumes = memoByMap<VolumeItem>((a, b) => byText(a.name, b.name));
const networks = memoByMap<NetworkItem>((a, b) => byText(a.name, b.name) || byText(a.id, b.id));

/** Containers, newest first. */
export const selectContainers = (state: State): Container[] => containers(state.containers);
/** Images, newest first. */
export const selectImages = (state: State): Image[] => images(state.images);
/** Volumes by name. */
export const selectVolumes = (state: State): VolumeItem[] => volumes(state.volumes);
/** Networks by name. */
export const selectNetworks = (state: State): NetworkItem[] => networks(state.networks);

export const selectContainer = (state: State, id: string): Container | undefined => state.containers.get(id);
