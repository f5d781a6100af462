// A container's inspect answer as sections of blocks (pure: unit-tested without a terminal). Every
// daemon string goes through sanitizeLabel on its way to a cell.
import type {ContainerInspect} from '../../engine/types.js';
import type {KeyValue} from '../components/key-value-table.js';
import {formatBytes} from '../format/byte-size.js';
import {formatAgo} from '../format/durations.js';
import {sanitizeLabel} from '../text/sanitize.js';
import type {Block, TableRow} from './inspect-blocks.js';
import {parseEnv, shownValue} from './secret-mask.js';

export const inspectSections = ['overview', 'env', 'ports', 'mounts', 'networks', 'health', 'raw'] as const;
export type InspectSection = (typeof inspectSections)[number];

const clean = (text: string | null | undefined) => sanitizeLabel(text ?? '');
const joinArgs = (parts: readonly string[] | null | undefined) => clean((parts ?? []).join(' '));

function parseTime(text: string | undefined): number | null {
	if (!text || text.startsWith('0001-')) return null;
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? null : ms;
}

/** "2026-11-29 01:02:03 (5m ago)" or "–" for Go's zero time. */
export function formatMoment(text: string | undefined, now: number): string {
	const ms = parseTime(text);
	if (ms === null) return '–';
	return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC (${formatAgo(ms, now)})`;
}

export function overviewFields(inspect: ContainerInspect, now: number, imageDigest?: string): KeyValue[] {
	const state = inspect.State;
	const items: KeyValue[] = [
		{key: 'id', value: clean(inspect.Id)},
		{key: 'image', value: clean(inspect.Config?.Image || inspect.Image)},
		{key: 'image id', value: clean(inspect.Image)},
	];
	if (imageDigest) items.push({key: 'digest', value: clean(imageDigest)});
	items.push(
		{key: 'command', value: joinArgs(inspect.Config?.Cmd) || '–'},
		{key: 'entrypoint', value: joinArgs(inspect.Config?.Entrypoint) || '–'},
		{key: 'created', value: formatMoment(inspect.Created, now)},
		{key: 'started', value: formatMoment(state?.StartedAt, now)},
		{key: 'finished', value: formatMoment(state?.FinishedAt, now)},
		{key: 'state', value: clean(state?.Status)},
	);
	// An exit code means something only once the container stopped.
	if (state && !state.Running && !state.Paused && parseTime(state.FinishedAt) !== null) items.push({key: 'exit code', value: String(state.ExitCode)});
	if (state?.Error) items.push({key: 'error', value: clean(state.Error)});
	const policy = inspect.HostConfig?.RestartPolicy;
	const policyText = !policy?.Name || policy.Name === 'no' ? 'no' : policy.Name === 'on-failure' && policy.MaximumRetryCount > 0 ? `on-failure (max ${policy.MaximumRetryCount})` : clean(policy.Name);
	items.push({key: 'restart', value: `${policyText} · restarted ${inspect.RestartCount ?? 0}×`});
	items.push({key: 'OOM-killed', value: state?.OOMKilled ? 'yes' : 'no'});
	return items;
}

/** Memory, CPUs and PIDs limits; "unlimited" where none is set. */
export function limitFields(inspect: ContainerInspect): KeyValue[] {
	const host = inspect.HostConfig ?? {};
	const memory = host.Memory ? formatBytes(host.Memory) : 'unlimited';
	const reservation = host.MemoryReservation ? ` · reserved ${formatBytes(host.MemoryReservation)}` : '';
	let cpus = 'unlimited';
	if (host.NanoCpus) cpus = String(Number((host.NanoCpus / 1e9).toFixed(2)));
	else if (host.CpuQuota && host.CpuQuota > 0) cpus = String(Number((host.CpuQuota / (host.CpuPeriod || 100_000)).toFixed(2)));
	if (host.CpusetCpus) cpus += ` · cpuset ${clean(host.CpusetCpus)}`;
	if (host.CpuShares) cpus += ` · shares ${host.CpuShares}`;
	const pids = host.PidsLimit && host.PidsLimit > 0 ? String(host.PidsLimit) : 'unlimited';
	return [
		{key: 'memory', value: memory + reservation},
		{key: 'CPUs', value: cpus},
		{key: 'PIDs', value: pids},
	];
}

export function labelFields(labels: Record<string, string> | null | undefined): KeyValue[] {
	return Object.entries(labels ?? {})
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, value]) => ({key: clean(key), value: clean(value)}));
}

export function envFields(env: readonly string[] | null | undefined, reveal: boolean): KeyValue[] {
	return parseEnv(env).map(entry => ({key: clean(entry.key), value: clean(shownValue(entry, reveal))}));
}

export function portRows(inspect: ContainerInspect): TableRow[] {
	const rows: TableRow[] = [];
	const bindings = inspect.NetworkSettings?.Ports ?? {};
	const exposed = Object.keys(inspect.Config?.ExposedPorts ?? {});
	for (const key of [...new Set([...Object.keys(bindings), ...exposed])].sort()) {
		const [port = key, protocol = 'tcp'] = key.split('/');
		const hosts = bindings[key] ?? [];
		if (hosts.length === 0) rows.push({container: clean(port), host: '(not published)', proto: clean(protocol)});
		for (const host of hosts) rows.push({container: clean(port), host: clean(`${host.HostIp || '0.0.0.0'}:${host.HostPort}`), proto: clean(protocol)});
	}
	return rows;
}

export function mountRows(inspect: ContainerInspect): TableRow[] {
	return (inspect.Mounts ?? []).map(mount => ({
		type: clean(mount.Type),
		source: clean(mount.Type === 'volume' && mount.Name ? mount.Name : mount.Source),
		destination: clean(mount.Destination),
		mode: clean(mount.Mode) || '–',
		rw: mount.RW ? 'rw' : 'ro',
	}));
}

export function networkBlocks(inspect: ContainerInspect): Block[] {
	const networks = Object.entries(inspect.NetworkSettings?.Networks ?? {}).sort(([a], [b]) => a.localeCompare(b));
	if (networks.length === 0) return [{kind: 'lines', lines: [`no networks (mode ${clean(inspect.HostConfig?.NetworkMode) || 'none'})`]}];
	return networks.map(([name, endpoint]) => ({
		kind: 'fields' as const,
		title: clean(name),
		items: [
			{key: 'IP', value: endpoint.IPAddress ? clean(`${endpoint.IPAddress}${endpoint.IPPrefixLen ? `/${endpoint.IPPrefixLen}` : ''}`) : '–'},
			{key: 'gateway', value: clean(endpoint.Gateway) || '–'},
			{key: 'MAC', value: clean(endpoint.MacAddress) || '–'},
			{key: 'aliases', value: (endpoint.Aliases ?? []).map(clean).join(', ') || '–'},
		],
	}));
}

export function healthBlocks(inspect: ContainerInspect, now: number): Block[] {
	const health = inspect.State?.Health;
	// Podman reports {"Status": ""} when there is no health check
	if (!health?.Status) return [{kind: 'lines', lines: ['no health check configured']}];
	const checks = [...(health.Log ?? [])].reverse();
	return [
		{kind: 'fields', items: [{key: 'status', value: clean(health.Status)}, {key: 'failing streak', value: String(health.FailingStreak ?? 0)}]},
		{
			kind: 'table',
			title: `last checks (newest first)`,
			empty: 'no checks yet',
			rows: checks.map(check => {
				const started = parseTime(check.Start);
				return {when: started === null ? '–' : formatAgo(started, now), exit: String(check.ExitCode), output: clean(check.Output.trim())};
			}),
		},
	];
}

/** The blocks of one section (raw is drawn by its own view). */
export function sectionBlocks(section: Exclude<InspectSection, 'raw'>, inspect: ContainerInspect, options: {now: number; reveal: boolean; imageDigest?: string}): Block[] {
	switch (section) {
		case 'overview': {
			const labels = labelFields(inspect.Config?.Labels);
			return [
				{kind: 'fields', items: overviewFields(inspect, options.now, options.imageDigest)},
				{kind: 'fields', title: 'limits', items: limitFields(inspect)},
				labels.length > 0 ? {kind: 'fields', title: `labels (${labels.length})`, items: labels} : {kind: 'lines', lines: ['no labels']},
			];
		}
		case 'env': {
			const env = envFields(inspect.Config?.Env, options.reveal);
			return env.length > 0 ? [{kind: 'fields', items: env}] : [{kind: 'lines', lines: ['no environment variables']}];
		}
		case 'ports':
			return [{kind: 'table', rows: portRows(inspect), empty: 'no ports exposed or published'}];
		case 'mounts':
			return [{kind: 'table', rows: mountRows(inspect), empty: 'no mounts'}];
		case 'networks':
			return networkBlocks(inspect);
		case 'health':
			return healthBlocks(inspect, options.now);
	}
}
