// Where a container died, was OOM-killed, restarted or changed health, from the store's lifecycle
// events (and its last exit, for a container that stopped before dockhand started), in time order.
import type {Container, ContainerLifecycleEvent, Health} from '../types.js';

export type CrashMarker =
	| {kind: 'died'; time: number; containerId: string; exitCode: number | null}
	| {kind: 'oom'; time: number; containerId: string}
	// placed at `time` (just after the previous run died, before the new run's first lines), shown with `at`: when it started
	| {kind: 'restarted'; time: number; at: number; containerId: string}
	| {kind: 'started'; time: number; at: number; containerId: string}
	| {kind: 'health'; time: number; containerId: string; health: Health};

/** Events this close (ms) are the same happening seen twice (event vs inspect, start vs restart). */
const sameMomentMs = 2000;

/**
 * Where a new run begins among the lines: just after the previous run died. The `start` and
 * `restart` events come after the new process has already logged its first lines.
 */
function newRunTime(events: readonly ContainerLifecycleEvent[], index: number): number {
	for (let probe = index - 1; probe >= 0; probe--) {
		const event = events[probe]!;
		if (event.action === 'die' || event.action === 'stop') return event.time + 0.001;
		if (event.action === 'restart') break;
	}
	return events[index]!.time;
}

/**
 * Podman sends `restart` first (restart, die, init, start); Docker last (die, start, restart). A
 * restart that does not come right after a start leads: the index of the start it brings, -1 while
 * that start has not come yet.
 */
function leadingRestartStart(events: readonly ContainerLifecycleEvent[], index: number): number | null {
	// Docker's order: die, start, restart — the restart right after a start that followed a death
	const significant = events.slice(0, index).filter(event => event.action !== 'health' && event.action !== 'kill');
	const started = significant.at(-1);
	const beforeStart = significant.at(-2);
	const startAfterDeath = started?.action === 'start' && (beforeStart?.action === 'die' || beforeStart?.action === 'stop');
	if (startAfterDeath && events[index]!.time - started.time < sameMomentMs) return null;
	for (let probe = index + 1; probe < events.length; probe++) {
		if (events[probe]!.action === 'start') return probe;
		if (events[probe]!.action === 'restart') break;
	}
	return -1;
}

/** Where a leading restart's new run begins: after the die it caused, else at the restart itself. */
function leadingRunTime(events: readonly ContainerLifecycleEvent[], index: number, start: number): number {
	const died = events.slice(index + 1, start).findLast(event => event.action === 'die' || event.action === 'stop');
	return died ? died.time + 0.001 : events[index]!.time;
}

function markersOf(id: string, events: readonly ContainerLifecycleEvent[], container: Container | undefined): CrashMarker[] {
	const out: CrashMarker[] = [];
	let previous: ContainerLifecycleEvent | undefined;
	/** Starts brought by a leading restart: its marker stands for them. */
	const broughtByRestart = new Set<number>();
	for (const [index, event] of events.entries()) {
		const base = {time: event.time, containerId: id};
		const leadsTo = event.action === 'restart' ? leadingRestartStart(events, index) : null;
		if (event.action === 'die') out.push({kind: 'died', ...base, exitCode: event.exitCode ?? null});
		else if (event.action === 'oom') out.push({kind: 'oom', ...base});
		else if (leadsTo !== null) {
			// shown once the new run has started, placed just after the run it ended, dated by that start
			if (leadsTo >= 0) {
				broughtByRestart.add(leadsTo);
				out.push({kind: 'restarted', time: leadingRunTime(events, index, leadsTo), at: events[leadsTo]!.time, containerId: id});
			}
		} else if (event.action === 'restart') out.push({kind: 'restarted', time: newRunTime(events, index), at: event.time, containerId: id});
		else if (event.action === 'health' && event.health) out.push({kind: 'health', ...base, health: event.health});
		else if (event.action === 'start' && !broughtByRestart.has(index) && (previous?.action === 'die' || previous?.action === 'stop')) {
			// a restart policy brings it back without a 'restart' event; a `docker restart` sends one right after
			const restartFollows = events.slice(index + 1).some(next => next.action === 'restart' && next.time - event.time < sameMomentMs);
			if (!restartFollows) out.push({kind: 'started', time: newRunTime(events, index), at: event.time, containerId: id});
		}
		if (event.action !== 'health' && event.action !== 'kill') previous = event;
	}
	if (container && (container.state === 'exited' || container.state === 'dead') && container.finishedAt !== null) {
		const finishedAt = container.finishedAt;
		const known = out.some(marker => marker.kind === 'died' && Math.abs(marker.time - finishedAt) < sameMomentMs);
		if (!known) {
			if (container.oomKilled) out.push({kind: 'oom', time: finishedAt, containerId: id});
			out.push({kind: 'died', time: finishedAt, containerId: id, exitCode: container.exitCode});
		}
	}
	return out;
}

/** The markers of these containers, oldest first. */
export function crashMarkers(
	containerIds: readonly string[],
	lifecycle: ReadonlyMap<string, readonly ContainerLifecycleEvent[]>,
	containers: ReadonlyMap<string, Container>,
): CrashMarker[] {
	const all = containerIds.flatMap(id => markersOf(id, lifecycle.get(id) ?? [], containers.get(id)));
	return all.sort((a, b) => a.time - b.time);
}
