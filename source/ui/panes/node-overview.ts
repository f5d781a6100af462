// A node's detail as plain data: status (with its message), role, availability, resources,
// platform, engine, labels; then its tasks (service.slot, state, error) from the task list.
import type {SwarmNode, SwarmService, SwarmTask} from '../../engine/swarm-types.js';
import type {KeyValue} from '../components/key-value-table.js';
import {formatBytes} from '../format/byte-size.js';
import {formatAgo} from '../format/durations.js';
import {labelsText, managerStatus} from '../lists/node-rows.js';
import {sanitizeLabel} from '../text/sanitize.js';
import {tasksByNodeLines, type TaskLine} from './service-overview.js';

export function nodeOverview(node: SwarmNode, self: string | null, now: number): KeyValue[] {
	const status = node.Status;
	const items: KeyValue[] = [
		{key: 'status', value: sanitizeLabel(`${status.State}${status.Message ? ` — ${status.Message}` : ''}${status.Addr ? ` · ${status.Addr}` : ''}`)},
		{key: 'role', value: sanitizeLabel(`${node.Spec.Role}${managerStatus(node) ? ` (${managerStatus(node)})` : ''}${node.ID === self ? ' · this daemon' : ''}`)},
		{key: 'availability', value: sanitizeLabel(node.Spec.Availability)},
	];
	const resources = node.Description?.Resources;
	if (resources) items.push({key: 'resources', value: `${resources.NanoCPUs ? `${resources.NanoCPUs / 1e9} CPUs` : '? CPUs'} · ${resources.MemoryBytes ? formatBytes(resources.MemoryBytes) : '?'} memory`});
	const platform = node.Description?.Platform;
	if (platform) items.push({key: 'platform', value: sanitizeLabel(`${platform.OS ?? '?'}/${platform.Architecture ?? '?'}`)});
	if (node.Description?.Engine?.EngineVersion) items.push({key: 'engine', value: sanitizeLabel(node.Description.Engine.EngineVersion)});
	const labels = labelsText(node.Spec.Labels);
	if (labels) items.push({key: 'labels', value: sanitizeLabel(labels)});
	const engineLabels = labelsText(node.Description?.Engine?.Labels);
	if (engineLabels) items.push({key: 'engine labels', value: sanitizeLabel(engineLabels)});
	items.push({key: 'id', value: `${node.ID} · joined ${formatAgo(Date.parse(node.CreatedAt), now)}`});
	return items;
}

/** The node's tasks, as the service detail lists them (without the node header). */
export function nodeTaskLines(node: SwarmNode, tasks: Iterable<SwarmTask>, services: ReadonlyMap<string, SwarmService>, now: number): TaskLine[] {
	const own = [...tasks].filter(task => task.NodeID === node.ID);
	return tasksByNodeLines(own, services, new Map([[node.ID, node]]), now).slice(1);
}
