// A second real dockerd for tests that need two daemons (switching contexts): test/support/dockerd.sh
// with its own socket and state folder, started in ~1–2 s, stopped and its state removed after.
import {execFile} from 'node:child_process';
import {existsSync, rmSync} from 'node:fs';
import {promisify} from 'node:util';

const run = promisify(execFile);
const script = new URL('./dockerd.sh', import.meta.url).pathname;

export type SecondDaemon = {host: string; startedInMs: number; stop(): Promise<void>};

/** Why a second daemon cannot start here (printed by the skipping test), or undefined when it can. */
export function secondDaemonUnavailable(): string | undefined {
	if (process.getuid?.() !== 0) return 'a second dockerd needs root';
	// on a machine without Docker (the suite then runs on the demo engine) tests do not install it; CI does
	if (process.env.CI !== 'true' && !existsSync('/usr/sbin/dockerd')) return 'no dockerd on this machine (Debian docker.io)';
	return undefined;
}

export async function startSecondDaemon(name: string): Promise<SecondDaemon> {
	// short: containerd's socket paths under the state folder must stay below 108 bytes
	const socket = `/run/dh-${name}-${process.pid}/docker.sock`;
	const state = `/var/lib/dh-${name}-${process.pid}`;
	const env = {...process.env, DOCKHAND_TEST_SOCK: socket, DOCKHAND_TEST_STATE: state};
	const started = performance.now();
	const stop = async () => {
		await run('bash', [script, 'stop'], {env, timeout: 60_000}).catch(() => undefined);
		rmSync(state, {recursive: true, force: true});
		rmSync(socket.replace(/\/docker\.sock$/, ''), {recursive: true, force: true});
	};
	try {
		await run('bash', [script, 'start'], {env, timeout: 120_000});
	} catch (error) {
		// a daemon that did not come up leaves nothing behind either (its state folder, its socket folder)
		await stop();
		throw error;
	}
	return {host: `unix://${socket}`, startedInMs: Math.round(performance.now() - started), stop};
}
