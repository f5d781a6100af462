// The Swarm slice of State, learned from a manager. Shape (read it through these names):
//   state.swarm     SwarmStatus: role ('manager' | 'worker' | 'inactive' | 'unavailable' | 'unknown'),
//                   localState (Info.Swarm.LocalNodeState as sent), nodeId, error (plain words or
//                   null), servicesAt / tasksAt (ms of the last full list, null = never)
//   state.services  Map service ID → SwarmService (engine/swarm-types.ts, the API object, inert text)
//   state.tasks     Map task ID → SwarmTask
//   state.nodes     Map node ID → SwarmNode
// The three maps are empty unless role is 'manager'. Running/desired counts: serviceReplicas().
// Tasks are listed only while something asked for them (DaemonStore.watchTasks) or right after a
// service event; they are a snapshot as of tasksAt.
import {DockerApiError} from '../engine/errors.js';
import type {SwarmNode, SwarmService, SwarmTask} from '../engine/swarm-types.js';
import type {Info} from '../engine/types.js';

export type SwarmRole = 'manager' | 'worker' | 'inactive' | 'unavailable' | 'unknown';

export type SwarmStatus = {
	role: SwarmRole;
	localState: string;
	nodeId: string | null;
	error: string | null;
	servicesAt: number | null;
	tasksAt: number | null;
};

export const unknownSwarm: SwarmStatus = {role: 'unknown', localState: '', nodeId: null, error: null, servicesAt: null, tasksAt: null};

/** Role from /info: a manager has LocalNodeState active and ControlAvailable; pending/error/locked are 'unavailable'. */
export function swarmRole(info: Info | null | undefined): SwarmRole {
	if (!info) return 'unknown';
	const state = info.Swarm?.LocalNodeState ?? '';
	if (state === 'active') return info.Swarm?.ControlAvailable ? 'manager' : 'worker';
	return state === 'inactive' || state === '' ? 'inactive' : 'unavailable';
}

export function swarmStatusFromInfo(info: Info, previous: SwarmStatus): SwarmStatus {
	const role = swarmRole(info);
	const same = role === previous.role;
	return {
		role,
		localState: info.Swarm?.LocalNodeState ?? '',
		nodeId: info.Swarm?.NodeID || null,
		error: same ? previous.error : null,
		servicesAt: same ? previous.servicesAt : null,
		tasksAt: same ? previous.tasksAt : null,
	};
}

/** A swarm call's failure in plain words (503 is what a worker or a daemon outside a swarm answers). */
export function describeSwarmError(error: unknown): string {
	if (error instanceof DockerApiError) {
		// A worker or a daemon outside a swarm; a manager without a leader answers 503 too, in its own words.
		if (error.status === 503 && (!error.daemonMessage || /not a swarm manager/i.test(error.daemonMessage))) return 'This node is not a swarm manager';
		return error.daemonMessage || `the daemon answered ${error.status}`;
	}
	return error instanceof Error ? error.message : String(error);
}

export type Replicas = {running: number; desired: number | null; mode: 'replicated' | 'global' | 'replicated-job' | 'global-job' | 'unknown'};

export function serviceMode(service: SwarmService): Replicas['mode'] {
	const mode = service.Spec.Mode ?? {};
	if (mode.Replicated) return 'replicated';
	if (mode.Global) return 'global';
	if (mode.ReplicatedJob) return 'replicated-job';
	if (mode.GlobalJob) return 'global-job';
	return 'unknown';
}

/** Tasks grouped by service ID (one pass over the task map). */
export function tasksByService(tasks: ReadonlyMap<string, SwarmTask>): Map<string, SwarmTask[]> {
	const groups = new Map<string, SwarmTask[]>();
	for (const task of tasks.values()) {
		const group = groups.get(task.ServiceID);
		if (group) group.push(task);
		else groups.set(task.ServiceID, [task]);
	}
	return groups;
}

/**
 * Running / desired as `docker service ls` counts them: from the listed tasks when they were listed
 * (fresher: tasks change without events), else from ServiceStatus (status=true, API ≥ 1.41).
 */
export function serviceReplicas(service: SwarmService, tasks: readonly SwarmTask[] | undefined): Replicas {
	const mode = serviceMode(service);
	if (tasks) {
		const running = tasks.filter(task => task.Status.State === 'running' && task.DesiredState === 'running').length;
		const desiredTasks = tasks.filter(task => task.DesiredState === 'running').length;
		const desired = mode === 'replicated' ? (service.Spec.Mode?.Replicated?.Replicas ?? 0) : desiredTasks;
		return {running, desired, mode};
	}
	const status = service.ServiceStatus;
	if (status) return {running: status.RunningTasks, desired: status.DesiredTasks, mode};
	return {running: 0, desired: mode === 'replicated' ? (service.Spec.Mode?.Replicated?.Replicas ?? 0) : null, mode};
}

/** The Swarm fields of a State before anything is known (spread into a State literal). */
export function emptySwarmSlice(): {swarm: SwarmStatus; services: Map<string, SwarmService>; tasks: Map<string, SwarmTask>; nodes: Map<string, SwarmNode>} {
	return {swarm: unknownSwarm, services: new Map(), tasks: new Map(), nodes: new Map()};
}
