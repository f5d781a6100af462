// Every ssh process dockhand started, so none outlives it. They run in their own session (no
// terminal to prompt on, no Ctrl-C or hang-up from ours), so nothing else would end them: an
// engine kills its own when it closes, and process exit (q, SIGTERM, SIGHUP, a crash: each ends
// through process exit) kills whatever is left.
import type {ChildProcess} from 'node:child_process';

const live = new Set<ChildProcess>();
let hooked = false;

export function killSshChild(child: ChildProcess): void {
	live.delete(child);
	if (child.exitCode !== null || child.signalCode !== null) return;
	try {
		child.kill('SIGTERM');
	} catch {
		// already gone
	}
}

function killAll(): void {
	for (const child of live) killSshChild(child);
}

export function trackSshChild(child: ChildProcess): void {
	live.add(child);
	child.once('exit', () => live.delete(child));
	if (!hooked) {
		hooked = true;
		process.once('exit', killAll);
	}
}

/** PIDs of the ssh processes still running (diagnostics and tests). */
export function liveSshPids(): number[] {
	return [...live].map(child => child.pid).filter((pid): pid is number => pid !== undefined);
}
