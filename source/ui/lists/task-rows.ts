// Swarm tasks as table rows, like `docker service ps`: service.slot (service.node for global
// services), node (short ID: every node here reports the same hostname), desired and current state,
// error, age. A slot's older tasks follow its newest, marked `\_`.
import type {SwarmService, SwarmTask, TaskState} from '../../engine/swarm-types.js';
import {formatAgo} from '../format/durations.js';
import type {ColumnSpec} from '../layout/columns.js';
import {sanitizeLabel} from '../text/sanitize.js';
import type {Tone} from '../theme.js';
import {compareNames, type TableRow} from './table-model.js';

export const taskColumns: ColumnSpec[] = [
	{id: 'name', title: 'TASK', priority: 0, min: 10, max: 40, flex: true},
	{id: 'node', title: 'NODE', priority: 1, min: 10, max: 12},
	{id: 'desired', title: 'DESIRED', priority: 2, min: 7, max: 9},
	{id: 'current', title: 'CURRENT', priority: 0, min: 10, max: 24, whole: true},
	{id: 'error', title: 'ERROR', priority: 3, min: 10, max: 60},
	{id: 'age', title: 'AGE', priority: 4, min: 6, max: 10},
];

/** Node IDs are 25 characters; their first 10 tell the nodes of a cluster apart. */
export function shortNodeId(id: string | undefined): string {
	return id ? id.slice(0, 10) : '-';
}

const stateSymbols: Partial<Record<TaskState, [string, Tone]>> = {
	running: ['●', 'ok'],
	complete: ['✔', 'muted'],
	shutdown: ['○', 'muted'],
	failed: ['✖', 'error'],
	rejected: ['✖', 'error'],
	orphaned: ['✖', 'error'],
	remove: ['○', 'muted'],
};

/** "● running 2m", "✖ rejected 10s", "◌ preparing just now": state, symbol and how long it has been so. */
export function taskStateCell(task: SwarmTask, now: number): {text: string; tone: Tone} {
	const state = task.Status.State;
	const [symbol, tone] = stateSymbols[state] ?? ['◌', 'info'];
	const since = formatAgo(Date.parse(task.Status.Timestamp ?? task.UpdatedAt), now).replace(/ ago$/, '');
	return {text: `${symbol} ${sanitizeLabel(state)} ${since}`, tone};
}

/** `web.3`, or `agent.<node>` for a global service's task, as the CLI names them. */
export function taskName(task: SwarmTask, serviceName: string): string {
	return task.Slot ? `${serviceName}.${task.Slot}` : `${serviceName}.${shortNodeId(task.NodeID)}`;
}

const createdAt = (task: SwarmTask) => Date.parse(task.CreatedAt) || 0;

export function taskRows(tasks: readonly SwarmTask[], services: ReadonlyMap<string, SwarmService>, now: number): TableRow[] {
	const named = tasks.map(task => ({task, service: sanitizeLabel(services.get(task.ServiceID)?.Spec.Name ?? task.ServiceID.slice(0, 12))}));
	// A replicated slot's tasks stay together whichever node they ran on; a global service's group by node.
	const place = (task: SwarmTask) => (task.Slot ? '' : (task.NodeID ?? ''));
	named.sort((a, b) => compareNames(a.service, b.service) || (a.task.Slot ?? 0) - (b.task.Slot ?? 0) || compareNames(place(a.task), place(b.task)) || createdAt(b.task) - createdAt(a.task));
	let previous = '';
	return named.map(({task, service}) => {
		const name = taskName(task, service);
		const history = name === previous;
		previous = name;
		const current = taskStateCell(task, now);
		const error = sanitizeLabel(task.Status.Err ?? '');
		const node = shortNodeId(task.NodeID);
		return {
			id: task.ID,
			cells: {name: history ? ` \\_ ${name}` : name, node, desired: sanitizeLabel(task.DesiredState), current: current.text, error, age: formatAgo(createdAt(task), now)},
			tones: {current: current.tone, ...(error ? {error: 'error' as Tone} : {}), ...(history ? {name: 'muted' as Tone} : {})},
			search: `${name} ${node} ${task.Status.State} ${error}`.toLowerCase(),
		};
	});
}
