// A service's detail as plain data: its spec in a few key/value lines (env secrets masked as the
// inspect view masks them), and its tasks grouped by node, each with its state and error.
import type {ServiceSpec, SwarmNode, SwarmService, SwarmTask, UpdateConfig} from '../../engine/swarm-types.js';
import {serviceMode, serviceReplicas} from '../../store/swarm-slice.js';
import type {KeyValue} from '../components/key-value-table.js';
import {formatAgo} from '../format/durations.js';
import {maskEnvList} from '../inspect/secret-mask.js';
import {labelsText} from '../lists/node-rows.js';
import {compareNames} from '../lists/table-model.js';
import {shortNodeId, taskName, taskStateCell} from '../lists/task-rows.js';
import {sanitizeLabel} from '../text/sanitize.js';
import type {Tone} from '../theme.js';

/** Nanoseconds as the CLI prints them: "5s", "1m30s", "0s". */
export function formatNanos(nanos: number | undefined): string {
	const seconds = Math.round((nanos ?? 0) / 1e9);
	if (seconds < 60) return `${seconds}s`;
	const minutes = Math.floor(seconds / 60);
	return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
}

function updatePolicy(config: UpdateConfig | undefined): string {
	if (!config) return 'defaults (1 at a time, pause on failure)';
	const parts = [`${config.Parallelism || 'all'} at a time`, `delay ${formatNanos(config.Delay)}`, `on failure: ${config.FailureAction ?? 'pause'}`];
	if (config.Order) parts.push(config.Order);
	if (config.Monitor) parts.push(`monitor ${formatNanos(config.Monitor)}`);
	return parts.join(', ');
}

function restartPolicy(spec: ServiceSpec): string {
	const policy = spec.TaskTemplate?.RestartPolicy;
	if (!policy) return 'any (the default)';
	const parts = [policy.Condition ?? 'any', `delay ${formatNanos(policy.Delay)}`];
	parts.push(policy.MaxAttempts ? `at most ${policy.MaxAttempts} attempts` : 'no attempt limit');
	if (policy.Window) parts.push(`window ${formatNanos(policy.Window)}`);
	return parts.join(', ');
}

/** "replicated: 3 of 6 running", "global: 3 running (one per node)". */
export function replicasText(service: SwarmService, tasks: readonly SwarmTask[] | undefined): string {
	const replicas = serviceReplicas(service, tasks);
	const mode = serviceMode(service);
	if (mode === 'global') return `global: ${replicas.running} running (one per node)`;
	return `${mode}: ${replicas.running} of ${replicas.desired ?? '?'} running`;
}

export function serviceOverview(service: SwarmService, tasks: readonly SwarmTask[] | undefined, now: number, reveal = false): KeyValue[] {
	const {Spec: spec} = service;
	const container = spec.TaskTemplate?.ContainerSpec;
	const items: KeyValue[] = [
		{key: 'image', value: sanitizeLabel((container?.Image ?? '?').replace(/@sha256:[0-9a-f]{64}$/, ''))},
		{key: 'mode', value: replicasText(service, tasks)},
	];
	const update = service.UpdateStatus;
	if (update?.State) items.push({key: 'update', value: sanitizeLabel(`${update.State}${update.Message ? `: ${update.Message}` : ''}`)});
	const command = [...(container?.Command ?? []), ...(container?.Args ?? [])];
	if (command.length > 0) items.push({key: 'command', value: sanitizeLabel(command.join(' '))});
	items.push({key: 'update policy', value: updatePolicy(spec.UpdateConfig)});
	items.push({key: 'restart policy', value: restartPolicy(spec)});
	const env = container?.Env ?? [];
	if (env.length > 0) items.push({key: 'env', value: sanitizeLabel(maskEnvList(env, reveal).join(' '))});
	const secrets = (container?.Secrets ?? []).map(secret => secret.SecretName ?? secret.File?.Name ?? '?');
	if (secrets.length > 0) items.push({key: 'secrets', value: sanitizeLabel(secrets.join(', '))});
	const constraints = spec.TaskTemplate?.Placement?.Constraints ?? [];
	if (constraints.length > 0) items.push({key: 'constraints', value: sanitizeLabel(constraints.join(', '))});
	const labels = labelsText(spec.Labels);
	if (labels) items.push({key: 'labels', value: sanitizeLabel(labels)});
	const ports = (service.Endpoint?.Ports ?? spec.EndpointSpec?.Ports ?? []).map(port => `${port.PublishedPort ?? '?'}→${port.TargetPort ?? '?'}/${port.Protocol ?? 'tcp'}`);
	if (ports.length > 0) items.push({key: 'ports', value: sanitizeLabel(ports.join(', '))});
	items.push({key: 'id', value: `${service.ID.slice(0, 12)} · created ${formatAgo(Date.parse(service.CreatedAt), now)} · updated ${formatAgo(Date.parse(service.UpdatedAt), now)}`});
	return items;
}

export type TaskLine = {key: string; text: string; tone?: Tone};

/** A node as one short label: its hostname and the start of its ID (every node here has the same hostname). */
export function nodeLabel(node: SwarmNode | undefined, id: string | undefined): string {
	const host = node?.Description?.Hostname;
	return host ? `${sanitizeLabel(host)} ${shortNodeId(id)}` : shortNodeId(id);
}

/**
 * The tasks that matter now (meant to run, or failed in the last `recentMs`), grouped under their
 * node: a header per node, then one line per task with its state and error.
 */
export function tasksByNodeLines(tasks: readonly SwarmTask[], services: ReadonlyMap<string, SwarmService>, nodes: ReadonlyMap<string, SwarmNode>, now: number, recentMs = 10 * 60_000): TaskLine[] {
	const shown = tasks.filter(task => task.DesiredState === 'running' || task.DesiredState === 'ready' || now - (Date.parse(task.Status.Timestamp ?? task.UpdatedAt) || 0) < recentMs);
	const groups = new Map<string, SwarmTask[]>();
	for (const task of shown) {
		const key = task.NodeID ?? '';
		groups.set(key, [...(groups.get(key) ?? []), task]);
	}
	const lines: TaskLine[] = [];
	const order = [...groups.keys()].sort((a, b) => compareNames(nodeLabel(nodes.get(a), a), nodeLabel(nodes.get(b), b)));
	for (const nodeId of order) {
		const group = groups.get(nodeId)!;
		const node = nodes.get(nodeId);
		const running = group.filter(task => task.Status.State === 'running').length;
		const where = nodeId ? `node ${nodeLabel(node, nodeId)}${node && node.Spec.Availability !== 'active' ? ` (${node.Spec.Availability})` : ''}` : 'not assigned to a node';
		lines.push({key: `node-${nodeId}`, text: `${where} · ${running} running`, tone: 'info'});
		group.sort((a, b) => (a.Slot ?? 0) - (b.Slot ?? 0) || (Date.parse(b.CreatedAt) || 0) - (Date.parse(a.CreatedAt) || 0));
		for (const task of group) {
			const name = taskName(task, sanitizeLabel(services.get(task.ServiceID)?.Spec.Name ?? task.ServiceID.slice(0, 12)));
			const state = taskStateCell(task, now);
			const desired = task.DesiredState === task.Status.State ? '' : ` (→ ${sanitizeLabel(task.DesiredState)})`;
			const error = task.Status.Err ? ` — ${sanitizeLabel(task.Status.Err)}` : '';
			lines.push({key: task.ID, text: `  ${name}  ${state.text}${desired}${error}`, tone: error ? 'error' : state.tone});
		}
	}
	return lines;
}
