// Swarm nodes as table rows: hostname with the node ID beside it (every node here has the same
// hostname), role, availability, status, manager status, engine version, labels.
import type {SwarmNode} from '../../engine/swarm-types.js';
import type {ColumnSpec} from '../layout/columns.js';
import {sanitizeLabel} from '../text/sanitize.js';
import type {Tone} from '../theme.js';
import {compareNames, type TableRow} from './table-model.js';

export const nodeColumns: ColumnSpec[] = [
	{id: 'hostname', title: 'HOSTNAME', priority: 1, min: 8, max: 30, flex: true},
	{id: 'id', title: 'ID', priority: 0, min: 12, max: 27, whole: true},
	{id: 'role', title: 'ROLE', priority: 2, min: 6, max: 7},
	{id: 'availability', title: 'AVAILABILITY', priority: 1, min: 6, max: 12},
	{id: 'status', title: 'STATUS', priority: 0, min: 7, max: 14},
	{id: 'manager', title: 'MANAGER', priority: 3, min: 6, max: 11},
	{id: 'engine', title: 'ENGINE', priority: 4, min: 6, max: 16},
	{id: 'labels', title: 'LABELS', priority: 5, min: 6, max: 40},
];

const statusTones: Record<string, [string, Tone]> = {ready: ['●', 'ok'], down: ['✖', 'error'], disconnected: ['✖', 'error'], unknown: ['◌', 'warn']};

/** Leader, Reachable or Unreachable for managers, empty for workers (as `docker node ls`). */
export function managerStatus(node: SwarmNode): string {
	const manager = node.ManagerStatus;
	if (!manager) return '';
	if (manager.Leader) return 'Leader';
	return manager.Reachability === 'reachable' ? 'Reachable' : manager.Reachability === 'unreachable' ? 'Unreachable' : 'Unknown';
}

export function labelsText(labels: Readonly<Record<string, string>> | null | undefined): string {
	return Object.entries(labels ?? {})
		.sort(([a], [b]) => compareNames(a, b))
		.map(([key, value]) => (value ? `${key}=${value}` : key))
		.join(', ');
}

/** `self`: the ID of the node dockhand talks to, marked with `*` as the CLI does. */
export function nodeRows(nodes: readonly SwarmNode[], self: string | null): TableRow[] {
	const hostname = (node: SwarmNode) => sanitizeLabel(node.Description?.Hostname ?? '');
	return [...nodes].sort((a, b) => compareNames(hostname(a), hostname(b)) || compareNames(a.ID, b.ID)).map(node => {
		const [symbol, tone] = statusTones[node.Status.State] ?? ['◌', 'warn'];
		const availability = sanitizeLabel(node.Spec.Availability);
		const id = `${node.ID.slice(0, 12)}${node.ID === self ? ' *' : ''}`;
		const labels = sanitizeLabel(labelsText(node.Spec.Labels));
		return {
			id: node.ID,
			cells: {
				hostname: hostname(node),
				id,
				role: sanitizeLabel(node.Spec.Role),
				availability,
				status: `${symbol} ${sanitizeLabel(node.Status.State)}`,
				manager: managerStatus(node),
				engine: sanitizeLabel(node.Description?.Engine?.EngineVersion ?? ''),
				labels,
			},
			tones: {status: tone, ...(availability === 'active' ? {} : {availability: 'warn' as Tone})},
			search: `${hostname(node)} ${node.ID} ${node.Spec.Role} ${availability} ${labels}`.toLowerCase(),
		};
	});
}
