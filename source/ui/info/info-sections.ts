// The daemon info view's content (pure): versions, host, drivers, counts, and disk usage per type
// with the reclaimable share, from /info, /version and /system/df.
import type {DiskUsage, TypeUsage, UsageKind} from '../../engine/disk-usage.js';
import type {Info, Version} from '../../engine/types.js';
import type {KeyValue} from '../components/key-value-table.js';
import {formatBytes} from '../format/byte-size.js';
import type {Block, TableRow} from '../inspect/inspect-blocks.js';
import {sanitizeLabel} from '../text/sanitize.js';

const clean = (text: string | undefined | null) => (text ? sanitizeLabel(text) : '–');

export type DaemonFacts = {info: Info | null; version: Version | null; negotiated: string | null; disk: DiskUsage | null; diskNote?: string};

export function engineFields({version, negotiated, info}: DaemonFacts): KeyValue[] {
	return [
		{key: 'engine', value: clean(version?.Version ?? info?.ServerVersion)},
		{key: 'API', value: `${clean(negotiated)} in use · daemon max ${clean(version?.ApiVersion)} · min ${clean(version?.MinAPIVersion)}`},
	];
}

export function hostFields(info: Info): KeyValue[] {
	const cgroup = info.CgroupDriver ? `${clean(info.CgroupDriver)}${info.CgroupVersion ? ` (v${clean(info.CgroupVersion)})` : ''}` : '–';
	return [
		{key: 'name', value: clean(info.Name)},
		{key: 'OS', value: `${clean(info.OperatingSystem)}${info.OSType ? ` (${clean(info.OSType)})` : ''}`},
		{key: 'kernel', value: clean(info.KernelVersion)},
		{key: 'arch', value: clean(info.Architecture)},
		{key: 'CPUs', value: String(info.NCPU ?? '–')},
		{key: 'memory', value: info.MemTotal ? formatBytes(info.MemTotal) : '–'},
		{key: 'storage', value: clean(info.Driver)},
		{key: 'cgroup', value: cgroup},
		{key: 'logging', value: clean(info.LoggingDriver)},
		{key: 'swarm', value: swarmText(info)},
	];
}

function swarmText(info: Info): string {
	const state = info.Swarm?.LocalNodeState;
	if (!state) return '–';
	if (state !== 'active') return clean(state);
	const role = info.Swarm?.ControlAvailable ? 'manager' : 'worker';
	return `active · ${role}${info.Swarm?.Nodes ? ` · ${info.Swarm.Nodes} nodes` : ''}`;
}

export function countFields(info: Info): KeyValue[] {
	return [
		{key: 'containers', value: `${info.Containers} · ${info.ContainersRunning} running · ${info.ContainersPaused} paused · ${info.ContainersStopped} stopped`},
		{key: 'images', value: String(info.Images)},
	];
}

/** "1.2MB (40%)"; "–" where the daemon gave no figure. */
export function reclaimableText(usage: TypeUsage): string {
	if (usage.reclaimable === null) return '–';
	const share = usage.size && usage.size > 0 ? ` (${Math.round((usage.reclaimable / usage.size) * 100)}%)` : '';
	return `${formatBytes(usage.reclaimable)}${share}`;
}

const kindNames: Record<UsageKind, string> = {images: 'images', containers: 'containers', volumes: 'volumes', buildCache: 'build cache'};

export function diskRows(disk: DiskUsage): TableRow[] {
	return (Object.keys(kindNames) as UsageKind[]).flatMap(kind => {
		const usage = disk.usage[kind];
		if (!usage) return [];
		return [{type: kindNames[kind], total: String(usage.total), active: String(usage.active), size: usage.size === null ? '–' : formatBytes(usage.size), reclaimable: reclaimableText(usage)}];
	});
}

export function infoBlocks(facts: DaemonFacts): Block[] {
	const blocks: Block[] = [{kind: 'fields', items: engineFields(facts)}];
	if (facts.info) {
		blocks.push({kind: 'fields', title: 'host', items: hostFields(facts.info)});
		blocks.push({kind: 'fields', title: 'objects', items: countFields(facts.info)});
	}
	if (facts.disk) blocks.push({kind: 'table', title: 'disk usage', rows: diskRows(facts.disk), empty: 'no figures'});
	else if (facts.diskNote) blocks.push({kind: 'lines', lines: [`disk usage: ${facts.diskNote}`]});
	return blocks;
}
