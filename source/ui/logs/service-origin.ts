// How a service's log lines are named: "web.3@jdy1hoba7o" (task, then node ID: every node here has
// the same hostname), coloured per task, from the tasks the store lists.
import type {SwarmTask} from '../../engine/swarm-types.js';
import type {LogLine} from '../../store/logs/log-line.js';
import {shortNodeId, taskName} from '../lists/task-rows.js';
import {sanitizeLabel} from '../text/sanitize.js';
import type {LineOrigin} from './logs-view-model.js';

const maxWidth = 28;

export function serviceLineOrigin(serviceName: string, tasks: readonly SwarmTask[]): LineOrigin {
	const name = sanitizeLabel(serviceName);
	const byId = new Map(tasks.map(task => [task.ID, task]));
	const order = new Map([...tasks].sort((a, b) => (a.Slot ?? 0) - (b.Slot ?? 0) || a.CreatedAt.localeCompare(b.CreatedAt)).map((task, index) => [task.ID, index]));
	const label = (taskId: string | undefined, nodeId: string | undefined) => {
		const task = taskId ? byId.get(taskId) : undefined;
		const who = task ? taskName(task, name) : taskId ? `${name}.${taskId.slice(0, 6)}` : name;
		const full = `${who}@${shortNodeId(nodeId ?? task?.NodeID)}`;
		// a long service name gives way from its start: the slot and the node are what tell lines apart
		return full.length > maxWidth ? `…${full.slice(full.length - maxWidth + 1)}` : full;
	};
	const width = Math.min(maxWidth, Math.max(8, ...tasks.map(task => label(task.ID, task.NodeID).length)));
	return {
		name: (line: LogLine) => (line.task || line.node ? label(line.task, line.node) : ''),
		source: (line: LogLine) => (line.task ? (order.get(line.task) ?? 0) : 0),
		width,
	};
}
