// Pure: what each prune would remove and about how much space it frees, from one /system/df
// answer (plus the network and container lists for networks, which df does not cover).
import type {ContainerSummary, ImageSummary, Network, SystemDf, Volume} from '../../engine/types.js';
import type {PruneKind} from './types.js';

export type PruneEstimate = {kind: PruneKind; label: string; items: string[]; bytes: number | null};

const predefinedNetworks = new Set(['bridge', 'host', 'none', 'ingress', 'docker_gwbridge']);
const stoppedStates = new Set(['created', 'exited', 'dead']);

export const pruneLabels: Record<PruneKind, string> = {
	containers: 'stopped containers',
	'dangling-images': 'dangling images',
	'unused-images': 'unused images (tagged too)',
	volumes: 'unused volumes',
	networks: 'unused networks',
};

const nouns: Record<PruneKind, string> = {
	containers: 'stopped container', 'dangling-images': 'dangling image', 'unused-images': 'unused image', volumes: 'unused volume', networks: 'unused network',
};

export const pluralNoun = (kind: PruneKind): string => `${nouns[kind]}s`;

/** "1 stopped container", "3 unused images". */
export function countOf(kind: PruneKind, count: number): string {
	return `${count} ${nouns[kind]}${count === 1 ? '' : 's'}`;
}

const shortId = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);
const containerName = (c: ContainerSummary) => (c.Names[0] ?? '').replace(/^\//, '') || shortId(c.Id);

function tagsOf(image: ImageSummary): string[] {
	return (image.RepoTags ?? []).filter(tag => tag !== '<none>:<none>');
}

/** Space an image frees on its own: its size minus layers it shares with other images. */
function ownSize(image: ImageSummary & {SharedSize?: number}): number {
	const shared = image.SharedSize !== undefined && image.SharedSize > 0 ? image.SharedSize : 0;
	return Math.max(0, image.Size - shared);
}

export function estimateContainers(df: SystemDf): PruneEstimate {
	const stopped = df.Containers.filter(c => stoppedStates.has(c.State));
	return {kind: 'containers', label: pruneLabels.containers, items: stopped.map(containerName), bytes: stopped.reduce((sum, c) => sum + (c.SizeRw ?? 0), 0)};
}

export function estimateImages(df: SystemDf, dangling: boolean): PruneEstimate {
	const unused = df.Images.filter(image => image.Containers <= 0 && (!dangling || tagsOf(image).length === 0));
	return {
		kind: dangling ? 'dangling-images' : 'unused-images',
		label: pruneLabels[dangling ? 'dangling-images' : 'unused-images'],
		items: unused.map(image => tagsOf(image)[0] ?? `<none> ${shortId(image.Id)}`),
		bytes: unused.reduce((sum, image) => sum + ownSize(image), 0),
	};
}

/** API ≥ 1.42 prunes only anonymous volumes unless asked for all; older daemons prune every unused one. */
export function estimateVolumes(volumes: readonly Volume[], apiVersion: string | null): PruneEstimate {
	const anonymousOnly = apiVersion !== null && compareApi(apiVersion, '1.42') >= 0;
	const unused = volumes.filter(volume => volume.UsageData?.RefCount === 0 && (!anonymousOnly || volume.Labels?.['com.docker.volume.anonymous'] !== undefined));
	const sizes = unused.map(volume => volume.UsageData?.Size ?? -1);
	return {kind: 'volumes', label: pruneLabels.volumes, items: unused.map(volume => volume.Name), bytes: sizes.some(size => size < 0) ? null : sizes.reduce((a, b) => a + b, 0)};
}

export function estimateNetworks(networks: readonly Network[], containers: readonly ContainerSummary[]): PruneEstimate {
	const used = new Set<string>();
	for (const container of containers) for (const name of Object.keys(container.NetworkSettings?.Networks ?? {})) used.add(name);
	const unused = networks.filter(network => !predefinedNetworks.has(network.Name) && !used.has(network.Name));
	return {kind: 'networks', label: pruneLabels.networks, items: unused.map(network => network.Name), bytes: null};
}

export function compareApi(a: string, b: string): number {
	const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
	const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
	return aMajor - bMajor || aMinor - bMinor;
}

/** Decimal units like the docker CLI: 0 B, 999 B, 1.2 kB, 34 MB, 1.5 GB. */
export function formatBytes(bytes: number): string {
	const units = ['B', 'kB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	if (unit > 0 && value >= 999.5 && unit < units.length - 1) {
		value /= 1000;
		unit += 1;
	}
	const digits = unit === 0 || value >= 9.95 ? 0 : 1;
	return `${value.toFixed(digits)} ${units[unit]}`;
}
