// The action service: the one place container, image, volume and network actions run. It reads
// names and states from the store, asks the engine, tracks what is pending per id, and answers
// every request with an Outcome (message, confirmation or choice) so the UI never waits on it.
import type {Engine} from '../../engine/types.js';
import type {Store} from '../types.js';
import {
	affectedLines, isAlive, namesOf, nothingToDo, planKill, planRemove, planRestart, planToggleRun, planTogglePause,
	type Plan, type Target,
} from './container-plans.js';
import {prepareExec} from './exec-preparation.js';
import {createPendingRegistry} from './pending-registry.js';
import {createResourceActions} from './resource-removal.js';
import {createSwarmActions} from './swarm-actions.js';
import {apiFailureOf, isPodmanStateRefusal, readOnlyText, shortenIds} from './refusal-messages.js';
import {runOnTargets, summarize} from './run-bulk.js';
import type {ActionService, MessageOutcome, Outcome, SignalName} from './types.js';

/** The stop timeout sent with every stop and restart: Podman kills at once without one (its compat
 * containers have StopTimeout 0); dockerd's own default is the container's setting, else 10 s. */
export const defaultStopSeconds = 10;
const stopSeconds = (target: Target) => target.stopTimeout ?? defaultStopSeconds;

export const signals: ReadonlyArray<{signal: SignalName; detail: string}> = [
	{signal: 'SIGKILL', detail: 'end it at once'},
	{signal: 'SIGTERM', detail: 'ask it to stop'},
	{signal: 'SIGINT', detail: 'interrupt, like Ctrl-C'},
	{signal: 'SIGHUP', detail: 'hang up; often: reload'},
	{signal: 'SIGQUIT', detail: 'quit; some dump state'},
	{signal: 'SIGUSR1', detail: 'app-defined'},
	{signal: 'SIGUSR2', detail: 'app-defined'},
];

const message = (level: 'info' | 'error', text: string): MessageOutcome => ({kind: 'message', level, text});

/** `shell`: the --shell choice for exec; without it /bin/bash, then /bin/sh. */
export function createActionService(engine: Engine, store: Store, options: {shell?: string} = {}): ActionService {
	const pending = createPendingRegistry();
	const resources = createResourceActions({engine, store, pending});
	const swarm = createSwarmActions({engine, store, pending});

	/** The containers behind ids, or the message saying why there is nothing to act on. */
	async function targetsFor(verb: string, ids: readonly string[]): Promise<Target[] | MessageOutcome> {
		if (engine.readOnly) return message('error', readOnlyText(verb));
		// decide on what the store knows, not on what the screen shows yet (a change may be on its way to it)
		const containers = (store.fresh ? await store.fresh(ids) : store.getState()).containers;
		const known = ids.flatMap(id => {
			const container = containers.get(id);
			return container ? [{id, name: container.name, state: container.state, image: container.image, stopTimeout: container.stopTimeout}] : [];
		});
		if (known.length === 0) return message('error', ids.length === 0 ? 'no container selected' : 'the container no longer exists');
		const free = known.filter(target => !pending.has(target.id));
		if (free.length === 0) return message('info', `${known[0]!.name} is still ${pending.get(known[0]!.id)!.label}`);
		return free;
	}

	async function execute(plan: Plan, call: (target: Target) => Promise<string | void>, verb?: string, pastTense?: string): Promise<Outcome> {
		const results = await runOnTargets(plan, pending, call);
		return summarize(plan, results, verb, pastTense);
	}

	const noteAlready = (result: string, already: string, note: string) => (result === already ? note : undefined);

	/** Docker stops a paused container; Podman refuses (500 "container state improper"): unpause it, then stop. */
	async function stopOne(target: Target): Promise<'stopped' | 'already-stopped'> {
		try {
			return await engine.stopContainer(target.id, {t: stopSeconds(target)});
		} catch (error) {
			if (target.state !== 'paused' || !isPodmanStateRefusal(error)) throw error;
			await engine.unpauseContainer(target.id);
			return engine.stopContainer(target.id, {t: stopSeconds(target)});
		}
	}

	async function toggleRun(ids: readonly string[]): Promise<Outcome> {
		const targets = await targetsFor('start/stop', ids);
		if (!Array.isArray(targets)) return targets;
		const plan = planToggleRun(targets);
		if (plan.apply.length === 0) return message('info', nothingToDo(plan.op, plan.skipped));
		const run = () => plan.op === 'stop'
			? execute(plan, async target => noteAlready(await stopOne(target), 'already-stopped', 'was already stopped'))
			: execute(plan, async target => noteAlready(await engine.startContainer(target.id), 'already-started', 'was already running'));
		if (plan.op === 'stop' && plan.apply.length > 1) {
			return {kind: 'confirm', title: `Stop ${plan.apply.length} containers?`, lines: affectedLines(plan.apply), proceed: run};
		}
		return run();
	}

	async function togglePause(ids: readonly string[]): Promise<Outcome> {
		const targets = await targetsFor('pause/unpause', ids);
		if (!Array.isArray(targets)) return targets;
		const plan = planTogglePause(targets);
		if (plan.apply.length === 0) return message('info', nothingToDo(plan.op, plan.skipped));
		return execute(plan, target => (plan.op === 'pause' ? engine.pauseContainer(target.id) : engine.unpauseContainer(target.id)));
	}

	async function restart(ids: readonly string[]): Promise<Outcome> {
		const targets = await targetsFor('restart', ids);
		if (!Array.isArray(targets)) return targets;
		const plan = planRestart(targets);
		if (plan.apply.length === 0) return message('info', nothingToDo(plan.op, plan.skipped));
		return execute(plan, target => engine.restartContainer(target.id, {t: stopSeconds(target)}));
	}

	async function kill(ids: readonly string[], signal: SignalName = 'SIGKILL'): Promise<Outcome> {
		const targets = await targetsFor('kill', ids);
		if (!Array.isArray(targets)) return targets;
		const plan = planKill(targets);
		if (plan.apply.length === 0) return message('info', nothingToDo(plan.op, plan.skipped));
		const who = plan.apply.length === 1 ? plan.apply[0]!.name : `${plan.apply.length} containers`;
		const title = signal === 'SIGKILL' ? `Kill ${who} (SIGKILL)?` : `Send ${signal} to ${who}?`;
		const run = () => signal === 'SIGKILL'
			? execute(plan, target => engine.killContainer(target.id, signal))
			: execute(plan, target => engine.killContainer(target.id, signal), 'signal', `sent ${signal} to`);
		return {kind: 'confirm', title, lines: affectedLines(plan.apply), proceed: run};
	}

	async function chooseSignal(ids: readonly string[]): Promise<Outcome> {
		const targets = await targetsFor('kill', ids);
		if (!Array.isArray(targets)) return targets;
		const plan = planKill(targets);
		if (plan.apply.length === 0) return message('info', nothingToDo(plan.op, plan.skipped));
		return {
			kind: 'choose',
			title: `Send a signal to ${namesOf(plan.apply, 2)}`,
			choices: signals.map(({signal, detail}) => ({label: signal, detail, proceed: () => kill(plan.apply.map(target => target.id), signal)})),
		};
	}

	async function removeContainers(ids: readonly string[], options: {volumes?: boolean} = {}): Promise<Outcome> {
		const targets = await targetsFor('remove', ids);
		if (!Array.isArray(targets)) return targets;
		const plan = planRemove(targets);
		if (plan.apply.length === 0) return message('info', nothingToDo(plan.op, plan.skipped));
		const running = plan.apply.filter(isAlive);
		const who = plan.apply.length === 1 ? plan.apply[0]!.name : `${plan.apply.length} containers`;
		const title = running.length === 0
			? `Remove ${who}${options.volumes ? ' and anonymous volumes' : ''}?`
			: `Force-remove ${who}${options.volumes ? ' and anonymous volumes' : ''}? (${running.length === plan.apply.length ? (running.length === 1 ? 'it is' : 'they are') : `${running.length} of them ${running.length === 1 ? 'is' : 'are'}`} running and will be killed)`;
		const remove = (force: (target: Target) => boolean) => async (): Promise<Outcome> => {
			const results = await runOnTargets(plan, pending, target => engine.removeContainer(target.id, {force: force(target), volumes: options.volumes}));
			const summary = summarize(plan, results);
			// A container that started since the dialog opened is refused with 409: offer force for those.
			const refused = results.filter(result => !result.ok && apiFailureOf(result.error)?.status === 409 && !force(result.target));
			if (refused.length === 0) return summary;
			const reason = shortenIds(apiFailureOf(refused[0]!.error)!.daemonMessage);
			const retry: Plan = {op: 'remove', apply: refused.map(result => result.target), skipped: []};
			return {
				kind: 'confirm',
				title: `Force-remove ${namesOf(retry.apply)}?`,
				lines: [`The daemon refused: ${reason}`, ...(refused.length < results.length ? [summary.text] : [])],
				proceed: () => execute(retry, target => engine.removeContainer(target.id, {force: true, volumes: options.volumes})),
			};
		};
		const lines = affectedLines(plan.apply);
		if (options.volumes) lines.push('Anonymous volumes attached to them are removed too.');
		return {kind: 'confirm', title, lines, proceed: remove(isAlive)};
	}

	return {
		readOnly: engine.readOnly,
		pending: id => pending.get(id),
		subscribe: listener => pending.subscribe(listener),
		toggleRun,
		togglePause,
		restart,
		kill,
		chooseSignal,
		removeContainers,
		removeResource: resources.removeResource,
		pruneMenu: resources.pruneMenu,
		prune: resources.prune,
		...swarm,
		prepareExec: (containerId, exec = {}) => prepareExec({engine, store, pending}, containerId, {...exec, shell: exec.shell ?? options.shell}),
	};
}
