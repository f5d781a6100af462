// Swarm actions on a manager: scale, force a rolling restart, roll back and remove a service; drain,
// pause or activate a node. Each update is sent against the version just read and, when another
// client changed the object in between, read and sent once more; the row then converges from
// events and task polls, not from here.
import {isVersionConflict} from '../../engine/swarm-write-calls.js';
import type {NodeAvailability, NodeSpec, ServiceSpec, SwarmNode, SwarmService} from '../../engine/swarm-types.js';
import {describeSwarmError, serviceMode} from '../swarm-slice.js';
import type {ActionContext} from './action-context.js';
import {apiFailureOf, readOnlyText, refusalText} from './refusal-messages.js';
import type {MessageOutcome, Outcome} from './types.js';

const message = (level: 'info' | 'error', text: string): MessageOutcome => ({kind: 'message', level, text});

export type ScaleTarget = {replicas: number} | {delta: number};

/** Replicas a scale asks for, given what the service has now; a string says why not. */
export function scaledReplicas(current: number, target: ScaleTarget): number | string {
	const next = 'replicas' in target ? target.replicas : current + target.delta;
	if (!Number.isInteger(next) || next < 0) return 'replicas must be a whole number, 0 or more';
	return next;
}

/** "service web" / "node vm (jdy1hoba7owb)": every node here has the same hostname, so the id goes along. */
export const serviceSubject = (service: SwarmService) => `service ${service.Spec.Name}`;
export const nodeSubject = (node: SwarmNode) => `node ${node.Description?.Hostname || node.Spec.Name || '?'} (${node.ID.slice(0, 12)})`;

/** A swarm call's failure in one sentence: the 503 of a worker and a twice-lost version race in plain words. */
export function swarmRefusal(error: unknown, verb: string, subject: string): string {
	if (apiFailureOf(error)?.status === 503) return `could not ${verb} ${subject}: ${describeSwarmError(error)}`;
	if (isVersionConflict(error)) return `could not ${verb} ${subject}: another client changed it at the same moment, twice (the daemon: update out of sequence); nothing changed, try again`;
	return refusalText(error, verb, subject);
}

const availabilityVerb: Record<NodeAvailability, string> = {drain: 'drain', pause: 'pause', active: 'activate'};

export function createSwarmActions({engine, store, pending}: ActionContext) {
	/** Reads the service, changes its spec, sends it; on a version conflict once more from a fresh read. */
	async function updateService(id: string, change: (service: SwarmService) => ServiceSpec | string, rollback = false): Promise<{before: SwarmService; warnings: string[]} | string> {
		for (let attempt = 0; ; attempt++) {
			const before = await engine.inspectService(id);
			const spec = change(before);
			if (typeof spec === 'string') return spec;
			try {
				const warnings = await engine.updateService(id, before.Version.Index, spec, rollback ? {rollback: before.PreviousSpec} : {});
				return {before, warnings};
			} catch (error) {
				if (attempt > 0 || !isVersionConflict(error)) throw error;
			}
		}
	}

	/** The service to act on, or the message saying why not. */
	function serviceFor(verb: string, id: string): SwarmService | MessageOutcome {
		if (engine.readOnly) return message('error', readOnlyText(verb));
		const service = store.getState().services.get(id);
		if (!service) return message('error', id ? 'the service no longer exists' : 'no service selected');
		if (pending.has(id)) return message('info', `${serviceSubject(service)} is still ${pending.get(id)!.label}`);
		return service;
	}

	async function run(id: string, op: string, label: string, verb: string, subject: string, work: () => Promise<string>): Promise<MessageOutcome> {
		try {
			return message('info', await pending.track(id, op, label, work));
		} catch (error) {
			return message('error', swarmRefusal(error, verb, subject));
		}
	}

	const warned = (text: string, warnings: readonly string[]) => (warnings.length > 0 ? `${text} (the daemon warns: ${warnings.join('; ').replace(/\s+/g, ' ')})` : text);

	async function scaleService(id: string, target: ScaleTarget): Promise<Outcome> {
		const found = serviceFor('scale', id);
		if ('kind' in found) return found;
		const subject = serviceSubject(found);
		const mode = serviceMode(found);
		if (mode !== 'replicated') return message('info', `${subject} is ${mode === 'global' ? 'global: it runs one task on every node and has no replica count' : `a ${mode} service: it cannot be scaled`}`);
		const wanted = scaledReplicas(found.Spec.Mode?.Replicated?.Replicas ?? 0, target);
		if (typeof wanted === 'string') return message('error', wanted);
		let from = 0;
		let to = 0;
		return run(id, 'scale', 'scaling', 'scale', subject, async () => {
			// a delta applies to the count the daemon has now, not to the one the screen showed
			const result = await updateService(id, service => {
				from = service.Spec.Mode?.Replicated?.Replicas ?? 0;
				const next = scaledReplicas(from, target);
				if (typeof next === 'string') return next;
				to = next;
				return {...service.Spec, Mode: {...service.Spec.Mode, Replicated: {...service.Spec.Mode?.Replicated, Replicas: next}}};
			});
			if (typeof result === 'string') throw new Error(result);
			return warned(from === to ? `${subject} already has ${to} replicas` : `scaling ${subject}: ${from} → ${to} replicas`, result.warnings);
		});
	}

	async function restartService(id: string): Promise<Outcome> {
		const found = serviceFor('restart', id);
		if ('kind' in found) return found;
		const subject = serviceSubject(found);
		return run(id, 'restart', 'restarting', 'restart', subject, async () => {
			// ForceUpdate changing is what makes swarmkit replace every task, even with an unchanged spec
			const result = await updateService(id, service => ({...service.Spec, TaskTemplate: {...service.Spec.TaskTemplate, ForceUpdate: (service.Spec.TaskTemplate?.ForceUpdate ?? 0) + 1}}));
			if (typeof result === 'string') throw new Error(result);
			return warned(`restarting ${subject}: its tasks are replaced one update step at a time`, result.warnings);
		});
	}

	async function rollbackService(id: string): Promise<Outcome> {
		const found = serviceFor('roll back', id);
		if ('kind' in found) return found;
		const subject = serviceSubject(found);
		const previous = found.PreviousSpec;
		if (!previous) return message('info', `${subject} has no previous spec to roll back to`);
		const lines = specChanges(found.Spec, previous);
		const proceed = () =>
			run(id, 'rollback', 'rolling back', 'roll back', subject, async () => {
				const result = await updateService(id, service => (service.PreviousSpec ? service.Spec : `${subject} has no previous spec to roll back to`), true);
				if (typeof result === 'string') throw new Error(result);
				return warned(`rolling back ${subject} to its previous spec`, result.warnings);
			});
		return {kind: 'confirm', title: `Roll ${subject} back to its previous spec?`, lines, proceed};
	}

	async function removeService(id: string): Promise<Outcome> {
		const found = serviceFor('remove', id);
		if ('kind' in found) return found;
		const subject = serviceSubject(found);
		const tasks = [...store.getState().tasks.values()].filter(task => task.ServiceID === id && task.DesiredState === 'running').length;
		const lines = [tasks > 0 ? `Its ${tasks === 1 ? 'task is' : `${tasks} tasks are`} stopped on every node.` : 'Its tasks are stopped on every node.'];
		const proceed = () => run(id, 'remove', 'removing', 'remove', subject, async () => {
			await engine.removeService(id);
			return `removed ${subject}`;
		});
		return {kind: 'confirm', title: `Remove ${subject}?`, lines, proceed};
	}

	async function setNodeAvailability(id: string, availability: NodeAvailability): Promise<Outcome> {
		const verb = availabilityVerb[availability];
		if (engine.readOnly) return message('error', readOnlyText(`${verb} node`));
		const node = store.getState().nodes.get(id);
		if (!node) return message('error', id ? 'the node no longer exists' : 'no node selected');
		const subject = nodeSubject(node);
		if (pending.has(id)) return message('info', `${subject} is still ${pending.get(id)!.label}`);
		if (node.Spec.Availability === availability) return message('info', `${subject} is already ${availability}`);
		const proceed = () => run(id, availability, `${verb === 'activate' ? 'activat' : verb.replace(/e$/, '')}ing`, verb, subject, async () => {
			for (let attempt = 0; ; attempt++) {
				const fresh = await engine.inspectNode(id);
				const spec: NodeSpec = {...fresh.Spec, Availability: availability};
				try {
					await engine.updateNode(id, fresh.Version.Index, spec);
					break;
				} catch (error) {
					if (attempt > 0 || !isVersionConflict(error)) throw error;
				}
			}
			return availability === 'drain' ? `draining ${subject}: its tasks move to other nodes` : availability === 'pause' ? `paused ${subject}: no new tasks go there` : `activated ${subject}`;
		});
		if (availability !== 'drain') return proceed();
		const running = [...store.getState().tasks.values()].filter(task => task.NodeID === id && task.DesiredState === 'running').length;
		const lines = [`${running > 0 ? `Its ${running === 1 ? 'running task is' : `${running} running tasks are`}` : 'Its tasks are'} shut down and started on other nodes; no new tasks go there until it is activated again.`];
		return {kind: 'confirm', title: `Drain ${subject}?`, lines, proceed};
	}

	return {scaleService, restartService, rollbackService, removeService, setNodeAvailability};
}

/** What a rollback changes, in a few lines: image, replicas, env count (the rest: "other settings"). */
export function specChanges(current: ServiceSpec, previous: ServiceSpec): string[] {
	const lines: string[] = [];
	const image = (spec: ServiceSpec) => spec.TaskTemplate?.ContainerSpec?.Image ?? '?';
	if (image(current) !== image(previous)) lines.push(`image ${shortImage(image(current))} → ${shortImage(image(previous))}`);
	const replicas = (spec: ServiceSpec) => spec.Mode?.Replicated?.Replicas;
	if (replicas(current) !== replicas(previous) && replicas(previous) !== undefined) lines.push(`replicas ${replicas(current) ?? '?'} → ${replicas(previous)}`);
	if (lines.length === 0) lines.push('The previous spec differs in other settings (env, limits, placement or update policy).');
	return lines;
}

/** An image reference without its @sha256 digest (the dialog has one line for it). */
export function shortImage(image: string): string {
	return image.replace(/@sha256:[0-9a-f]{64}$/, '');
}
