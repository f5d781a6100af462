// /system/df in one shape whichever the daemon answered: the legacy lists (LayersSize, Images,
// Containers, Volumes, BuildCache; gone from API 1.53) or the per-type usage objects of API 1.52+.
// Totals and reclaimable space follow the docker CLI's `system df`.
import type {BuildCacheRecord, SystemDfBody, TypeDiskUsage} from './types.js';

export type UsageKind = 'images' | 'containers' | 'volumes' | 'buildCache';

/** One line of `docker system df`: counts and bytes; null where the daemon gave no figure. */
export type TypeUsage = {total: number; active: number; size: number | null; reclaimable: number | null};

export type DiskUsage = {
	usage: Record<UsageKind, TypeUsage | null>;
	/** Size of each volume, where the daemon measured it (local driver; -1 = not measured is left out). */
	volumeSizes: Map<string, number>;
};

const sum = (values: Iterable<number>) => {
	let total = 0;
	for (const value of values) total += value;
	return total;
};

const known = (value: number | undefined | null): value is number => typeof value === 'number' && value >= 0;

function fromTypeUsage(usage: TypeDiskUsage<unknown> | undefined): TypeUsage | null {
	if (!usage) return null;
	const items = usage.Items ?? [];
	return {
		total: usage.TotalCount ?? items.length,
		active: usage.ActiveCount ?? 0,
		size: known(usage.TotalSize) ? usage.TotalSize : null,
		reclaimable: known(usage.Reclaimable) ? usage.Reclaimable : null,
	};
}

function legacyImages(body: SystemDfBody): TypeUsage | null {
	if (!body.Images) return body.LayersSize === undefined ? null : {total: 0, active: 0, size: body.LayersSize, reclaimable: body.LayersSize};
	const size = body.LayersSize ?? sum(body.Images.map(image => image.Size));
	const inUse = body.Images.filter(image => image.Containers > 0);
	// The CLI: what in-use images hold alone (their size less what they share) is not reclaimable.
	const used = sum(inUse.map(image => (known(image.Size) && known(image.SharedSize) ? image.Size - image.SharedSize : 0)));
	return {total: body.Images.length, active: inUse.length, size, reclaimable: Math.max(0, size - used)};
}

function legacyContainers(body: SystemDfBody): TypeUsage | null {
	if (!body.Containers) return null;
	const size = (container: {SizeRw?: number}) => (known(container.SizeRw) ? container.SizeRw : 0);
	const running = body.Containers.filter(container => container.State === 'running');
	return {
		total: body.Containers.length,
		active: running.length,
		size: sum(body.Containers.map(size)),
		reclaimable: sum(body.Containers.filter(container => container.State !== 'running').map(size)),
	};
}

function legacyVolumes(body: SystemDfBody): TypeUsage | null {
	if (!body.Volumes) return null;
	const size = (volume: {UsageData?: {Size: number} | null}) => (known(volume.UsageData?.Size) ? volume.UsageData.Size : 0);
	const active = body.Volumes.filter(volume => (volume.UsageData?.RefCount ?? 0) > 0);
	return {
		total: body.Volumes.length,
		active: active.length,
		size: sum(body.Volumes.map(size)),
		reclaimable: sum(body.Volumes.filter(volume => (volume.UsageData?.RefCount ?? 0) === 0).map(size)),
	};
}

function legacyBuildCache(records: readonly BuildCacheRecord[] | null | undefined): TypeUsage | null {
	if (!records) return null;
	const own = records.filter(record => !record.Shared);
	return {
		total: records.length,
		active: records.filter(record => record.InUse).length,
		size: sum(own.map(record => record.Size)),
		reclaimable: sum(own.filter(record => !record.InUse).map(record => record.Size)),
	};
}

export function parseDiskUsage(body: SystemDfBody): DiskUsage {
	const images = body.ImageUsage ?? body.ImagesUsage;
	const containers = body.ContainerUsage ?? body.ContainersUsage;
	const volumes = body.VolumeUsage ?? body.VolumesUsage;
	const volumeSizes = new Map<string, number>();
	for (const volume of [...(body.Volumes ?? []), ...(volumes?.Items ?? [])]) {
		if (known(volume.UsageData?.Size)) volumeSizes.set(volume.Name, volume.UsageData.Size);
	}
	return {
		usage: {
			images: images ? fromTypeUsage(images) : legacyImages(body),
			containers: containers ? fromTypeUsage(containers) : legacyContainers(body),
			volumes: volumes ? fromTypeUsage(volumes) : legacyVolumes(body),
			buildCache: body.BuildCacheUsage ? fromTypeUsage(body.BuildCacheUsage) : legacyBuildCache(body.BuildCache),
		},
		volumeSizes,
	};
}
