// Pure decisions: which of the chosen containers an action applies to, given their states.
import type {ContainerState} from '../../engine/types.js';
import type {ContainerOp} from './types.js';

export type Target = {id: string; name: string; state: ContainerState; image: string; /** the container's own, when set */ stopTimeout?: number};
export type Plan = {op: ContainerOp; apply: Target[]; skipped: Target[]};

const alive = new Set<ContainerState>(['running', 'paused', 'restarting']);
const startable = new Set<ContainerState>(['created', 'exited']);

export const isAlive = (target: Target): boolean => alive.has(target.state);

function split(op: ContainerOp, targets: readonly Target[], applies: (target: Target) => boolean): Plan {
	return {op, apply: targets.filter(applies), skipped: targets.filter(target => !applies(target))};
}

/** `s`: if anything runs, stop what runs; otherwise start what can start. */
export function planToggleRun(targets: readonly Target[]): Plan {
	if (targets.some(isAlive)) return split('stop', targets, isAlive);
	return split('start', targets, target => startable.has(target.state));
}

/** `p`: if anything runs unpaused, pause it; otherwise unpause what is paused. */
export function planTogglePause(targets: readonly Target[]): Plan {
	if (targets.some(target => target.state === 'running')) return split('pause', targets, target => target.state === 'running');
	return split('unpause', targets, target => target.state === 'paused');
}

export function planRestart(targets: readonly Target[]): Plan {
	return split('restart', targets, target => target.state !== 'removing' && target.state !== 'dead');
}

export function planKill(targets: readonly Target[]): Plan {
	return split('kill', targets, isAlive);
}

export function planRemove(targets: readonly Target[]): Plan {
	return split('remove', targets, target => target.state !== 'removing');
}

/** Past tense for summaries: "stopped web". */
export const done: Record<ContainerOp, string> = {
	start: 'started', stop: 'stopped', restart: 'restarted', pause: 'paused', unpause: 'unpaused', kill: 'killed', remove: 'removed',
};

/** Progressive form for the row while the request runs: "stopping" (rows add their own ellipsis). */
export const doing: Record<ContainerOp, string> = {
	start: 'starting', stop: 'stopping', restart: 'restarting', pause: 'pausing', unpause: 'unpausing', kill: 'killing', remove: 'removing',
};

/** Why nothing happened: "web is exited: nothing to pause". */
export function nothingToDo(op: ContainerOp, skipped: readonly Target[]): string {
	const verb = op === 'unpause' ? 'pause or unpause' : op;
	if (skipped.length === 1) return `${skipped[0]!.name} is ${skipped[0]!.state}: nothing to ${verb}`;
	return `none of the ${skipped.length} containers can be ${op === 'unpause' ? 'paused or unpaused' : done[op]}`;
}

/** Dialog lines naming what an action will touch, at most `max` of them. */
export function affectedLines(targets: readonly Target[], max = 8): string[] {
	const lines = targets.slice(0, max).map(target => `${target.name}  (${target.image}, ${target.state})`);
	if (targets.length > max) lines.push(`… and ${targets.length - max} more`);
	return lines;
}

export function namesOf(targets: readonly Target[], max = 3): string {
	const names = targets.slice(0, max).map(target => target.name).join(', ');
	return targets.length > max ? `${names} and ${targets.length - max} more` : names;
}
