// Exec, up to the point where a terminal takes over: pick a shell that exists in the container,
// create the TTY exec, and hand back how to attach, resize and read the exit code.
import type {Duplex} from 'node:stream';
import type {Engine} from '../../engine/types.js';
import {readOnlyText, refusalText} from './refusal-messages.js';
import type {ActionContext} from './action-context.js';
import type {ExecTarget, MessageOutcome} from './types.js';

export const defaultShells = ['/bin/bash', '/bin/sh'];
const probeTimeoutMs = 5000;

const message = (level: 'info' | 'error', text: string): MessageOutcome => ({kind: 'message', level, text});

function drain(stream: Duplex, timeoutMs: number): Promise<void> {
	return new Promise(resolve => {
		const timer = setTimeout(finish, timeoutMs);
		function finish() {
			clearTimeout(timer);
			stream.destroy();
			resolve();
		}
		stream.on('end', finish).on('close', finish).on('error', finish);
		stream.resume();
	});
}

/** The exit code once the exec finished; null if it is still running after `waitMs`. */
export async function waitForExit(engine: Engine, execId: string, waitMs = 2000): Promise<number | null> {
	const deadline = Date.now() + waitMs;
	for (;;) {
		const inspect = await engine.execInspect(execId);
		if (!inspect.Running && inspect.ExitCode !== null) return inspect.ExitCode;
		if (Date.now() >= deadline) return null;
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

/** Does `shell -c 'exit 0'` run in the container? A missing binary exits 126/127. */
export async function shellExists(engine: Engine, containerId: string, shell: string): Promise<boolean> {
	const execId = await engine.execCreate(containerId, {Cmd: [shell, '-c', 'exit 0'], Tty: false, AttachStdin: false, AttachStdout: true, AttachStderr: true});
	await drain(await engine.execStart(execId, {tty: false}), probeTimeoutMs);
	return (await waitForExit(engine, execId)) === 0;
}

export async function prepareExec({engine, store}: ActionContext, containerId: string, options: {shell?: string; env?: string[]} = {}): Promise<ExecTarget | MessageOutcome> {
	if (engine.readOnly) return message('error', readOnlyText('exec'));
	const container = store.getState().containers.get(containerId);
	if (!container) return message('error', 'the container no longer exists');
	const name = container.name;
	if (container.state === 'paused') return message('error', `${name} is paused: unpause it (p) to open a shell`);
	if (container.state !== 'running') return message('error', `${name} is ${container.state}: start it (s) to open a shell`);
	const candidates = options.shell ? [options.shell] : defaultShells;
	try {
		let shell: string | undefined;
		for (const candidate of candidates) {
			if (await shellExists(engine, containerId, candidate)) {
				shell = candidate;
				break;
			}
		}
		if (!shell) {
			const hint = options.shell ? 'choose another with --shell' : 'name one with --shell';
			return message('error', `${name} has no shell at ${candidates.join(' or ')} (${hint})`);
		}
		const execId = await engine.execCreate(containerId, {Cmd: [shell], Tty: true, AttachStdin: true, AttachStdout: true, AttachStderr: true, Env: options.env ?? []});
		return {
			kind: 'exec',
			execId,
			shell,
			containerName: name,
			attach: () => engine.execStart(execId, {tty: true}),
			resize: ({rows, columns}) => engine.execResize(execId, {h: rows, w: columns}),
			exitCode: () => waitForExit(engine, execId),
		};
	} catch (error) {
		return message('error', refusalText(error, 'open a shell in', name));
	}
}
