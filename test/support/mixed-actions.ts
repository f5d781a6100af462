// A person's pace from another client: one action every ~0.7 s, each followed by the state it leads
// to. Shared by the store's integration test and the UI benchmark so both measure the same thing.
import type {ContainerState} from '../../source/engine/types.js';

export type PacedAction = {action: string; query?: string; state: ContainerState};

/** pause, unpause, stop, start, kill, restart: every transition a user makes, and back to running.
 * The stop timeout outlasts the containers' TERM reaction (≤ 1 s): Podman 4.3 answers 500 when its
 * SIGKILL meets a container that has just exited on its own. */
export const mixedActions: readonly PacedAction[] = [
	{action: 'pause', state: 'paused'},
	{action: 'unpause', state: 'running'},
	{action: 'stop', query: '?t=3', state: 'exited'},
	{action: 'start', state: 'running'},
	{action: 'kill', state: 'exited'},
	{action: 'restart', query: '?t=3', state: 'running'},
];

export const actionGapMs = 700;

export const percentile = (values: readonly number[], p: number): number => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
