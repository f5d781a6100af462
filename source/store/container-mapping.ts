// Maps the daemon's container shapes (list summary, inspect) to the store's Container. Fields one
// shape lacks are kept from the previous entry, so a list never forgets what an inspect learned.
import type {ContainerInspect, ContainerState, ContainerSummary, Port} from '../engine/types.js';
import type {Container, Health} from './types.js';

// Enum-like fields are checked against the API's values: any other text (a hostile or newer daemon)
// must not reach a row or be acted on as if it were known.
const containerStates = new Set<string>(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']);
const healthValues = new Set<string>(['starting', 'healthy', 'unhealthy', 'none']);
const portTypes = new Set<string>(['tcp', 'udp', 'sctp']);

export function knownState(state: unknown): ContainerState {
	return typeof state === 'string' && containerStates.has(state) ? (state as ContainerState) : 'unknown';
}

export function isHealth(text: unknown): text is Health {
	return typeof text === 'string' && healthValues.has(text);
}

export function knownHealth(health: unknown): Health {
	return isHealth(health) ? health : 'none';
}

function knownPorts(ports: readonly Port[]): Port[] {
	return ports.map(port => (portTypes.has(port.Type) ? port : {...port, Type: 'unknown'}));
}

const composeProject = 'com.docker.compose.project';
const composeService = 'com.docker.compose.service';

/** RFC 3339 → ms; Go's zero time ("0001-01-01T00:00:00Z") and garbage → null. */
export function parseTime(text: string | undefined | null): number | null {
	if (!text || text.startsWith('0001-')) return null;
	const ms = Date.parse(text);
	return Number.isNaN(ms) || ms <= 0 ? null : ms;
}

/** "Exited (137) 2 minutes ago" → 137. */
export function exitCodeFromStatus(status: string): number | null {
	const match = /^Exited \((-?\d+)\)/.exec(status);
	return match ? Number(match[1]) : null;
}

/** "Up 3 minutes (healthy)", "Up 1 second (health: starting)" → health; null when the text has none. */
export function healthFromStatus(status: string): Health | null {
	if (status.includes('(healthy)')) return 'healthy';
	if (status.includes('(unhealthy)')) return 'unhealthy';
	if (status.includes('(health: starting)')) return 'starting';
	return null;
}

/** The status text without its durations: "Up 5 minutes (healthy)" → "Up ~ (healthy)". */
export function statusShape(status: string): string {
	return status.replace(/Less than a second|About an? [a-z]+|\d+ [a-z]+/g, '~');
}

function primaryName(names: string[]): string {
	const clean = names.map(name => name.replace(/^\//, ''));
	// Legacy links add names like "other/alias"; the container's own name has no slash.
	return clean.find(name => !name.includes('/')) ?? clean[0] ?? '';
}

function portsFromInspect(ports: ContainerInspect['NetworkSettings']['Ports']): Port[] {
	const result: Port[] = [];
	for (const [key, bindings] of Object.entries(ports ?? {})) {
		const [port = '0', type = 'tcp'] = key.split('/');
		const privatePort = Number(port);
		if (!bindings || bindings.length === 0) result.push({PrivatePort: privatePort, Type: type});
		else for (const binding of bindings) result.push({IP: binding.HostIp || undefined, PrivatePort: privatePort, PublicPort: Number(binding.HostPort) || undefined, Type: type});
	}
	return result;
}

function withLabels(labels: Record<string, string> | null | undefined) {
	const all = labels ?? {};
	return {labels: all, composeProject: all[composeProject] ?? null, composeService: all[composeService] ?? null};
}

export function containerFromSummary(summary: ContainerSummary, previous?: Container): Container {
	const names = (summary.Names ?? []).map(name => name.replace(/^\//, ''));
	const listed = summary.Status ?? '';
	// Only the durations moved ("Up 5 minutes" → "Up 6 minutes"): keep the item unchanged, since
	// uptime is rendered from startedAt; a poll must not re-render every running container.
	const status = previous && previous.state === knownState(summary.State) && statusShape(previous.status) === statusShape(listed) ? previous.status : listed;
	const exitCode = exitCodeFromStatus(status);
	// A paused container's status text hides its health: keep what we knew.
	const state = knownState(summary.State);
	const health = healthFromStatus(status) ?? (state === 'paused' ? (previous?.health ?? 'none') : 'none');
	return {
		id: summary.Id,
		name: primaryName(summary.Names ?? []),
		names,
		image: summary.Image,
		imageId: summary.ImageID,
		command: summary.Command ?? '',
		state,
		status,
		// The list has whole seconds, inspect has more: keep the finer one.
		createdAt: previous && Math.floor(previous.createdAt / 1000) === summary.Created ? previous.createdAt : summary.Created * 1000,
		startedAt: previous?.startedAt ?? null,
		finishedAt: previous?.finishedAt ?? null,
		exitCode: exitCode ?? previous?.exitCode ?? null,
		restartCount: previous?.restartCount ?? 0,
		health,
		oomKilled: previous?.oomKilled ?? false,
		ports: knownPorts(summary.Ports ?? []),
		...withLabels(summary.Labels),
		tty: previous?.tty ?? null,
		networks: Object.keys(summary.NetworkSettings?.Networks ?? {}),
		...(previous?.stopTimeout ? {stopTimeout: previous.stopTimeout} : {}),
	};
}

function commandFromInspect(config: ContainerInspect['Config']): string {
	return [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])].join(' ');
}

export function containerFromInspect(inspect: ContainerInspect, previous?: Container): Container {
	const name = inspect.Name.replace(/^\//, '');
	const state = inspect.State;
	const status = knownState(state.Status);
	const finishedAt = parseTime(state.FinishedAt);
	return {
		id: inspect.Id,
		name,
		names: previous && previous.name === name ? previous.names : [name],
		image: inspect.Config.Image,
		imageId: inspect.Image,
		command: previous?.command || commandFromInspect(inspect.Config),
		state: status,
		status: previous?.status ?? '',
		createdAt: parseTime(inspect.Created) ?? previous?.createdAt ?? 0,
		startedAt: parseTime(state.StartedAt),
		finishedAt,
		// A container that never finished has ExitCode 0 but no exit to show.
		exitCode: finishedAt === null && status !== 'exited' && status !== 'dead' ? null : state.ExitCode,
		restartCount: inspect.RestartCount ?? 0,
		health: knownHealth(state.Health?.Status),
		oomKilled: state.OOMKilled ?? false,
		ports: knownPorts(portsFromInspect(inspect.NetworkSettings?.Ports)),
		...withLabels(inspect.Config.Labels),
		tty: inspect.Config.Tty,
		networks: Object.keys(inspect.NetworkSettings?.Networks ?? {}),
		// Podman gives containers made through its Docker API 0: that means "not set", not "kill at once"
		...(inspect.Config.StopTimeout && inspect.Config.StopTimeout > 0 ? {stopTimeout: inspect.Config.StopTimeout} : {}),
	};
}
