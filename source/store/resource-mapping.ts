// Maps the daemon's image, volume and network shapes to the store's items.
import type {ImageSummary, Network, Volume} from '../engine/types.js';
import type {Image, NetworkItem, VolumeItem} from './types.js';
import {parseTime} from './container-mapping.js';

export function imageFromSummary(summary: ImageSummary, previous?: Image): Image {
	const tags = (summary.RepoTags ?? []).filter(tag => tag !== '<none>:<none>');
	return {
		id: summary.Id,
		tags,
		size: summary.Size,
		createdAt: summary.Created * 1000,
		// Counted from the container list when the state is committed.
		containers: previous?.containers ?? 0,
		dangling: tags.length === 0,
		labels: summary.Labels ?? {},
	};
}

export function volumeFromApi(volume: Volume): VolumeItem {
	return {
		name: volume.Name,
		driver: volume.Driver,
		mountpoint: volume.Mountpoint,
		createdAt: parseTime(volume.CreatedAt),
		labels: volume.Labels ?? {},
		scope: volume.Scope,
	};
}

export function networkFromApi(network: Network, previous?: NetworkItem): NetworkItem {
	return {
		id: network.Id,
		name: network.Name,
		driver: network.Driver,
		scope: network.Scope,
		internal: network.Internal,
		createdAt: parseTime(network.Created),
		labels: network.Labels ?? {},
		// Counted from the container list when the state is committed.
		containers: previous?.containers ?? 0,
	};
}
