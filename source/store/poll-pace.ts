// How long the reconcile poll waits: the configured interval, stretched on a daemon with many
// containers. The events stream carries every change; the poll only corrects what it missed, and a
// list of 1,000 containers (~750 KB of JSON) costs ~24 ms of CPU to read and compare here, so at a
// fixed 10 s it would be the largest part of an idle session's CPU on a large host.

/** Up to this many containers the poll keeps the configured interval. */
export const pollPaceContainers = 250;

/** The poll's delay for a list of `containers`: `intervalMs`, times containers / 250 past 250. */
export function pollDelayMs(intervalMs: number, containers: number): number {
	return Math.round(intervalMs * Math.max(1, containers / pollPaceContainers));
}
