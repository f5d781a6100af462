// The interactive shell: the user's terminal in raw mode, piped both ways to the hijacked exec
// connection, the window size sent at start and on every resize. Runs while Ink is suspended.
import type {Duplex} from 'node:stream';
import type {ExecTarget} from '../store/actions/types.js';
import {inertText} from '../text/inert-text.js';

export type ExecTerminal = {
	stdin: NodeJS.ReadableStream & {isTTY?: boolean; isRaw?: boolean; setRawMode?(mode: boolean): unknown};
	stdout: NodeJS.WritableStream & {rows?: number; columns?: number; on(event: 'resize', listener: () => void): unknown; off(event: 'resize', listener: () => void): unknown};
};

export type ExecSessionResult = {exitCode: number | null};

const resizeRetryMs = 100;

/** Attach, relay until the shell ends, put the terminal back as it was, and report the exit code. */
export async function runExecSession(target: ExecTarget, terminal: ExecTerminal): Promise<ExecSessionResult> {
	const {stdin, stdout} = terminal;
	// daemon text written outside Ink: through the same boundary, on one line
	const what = inertText(`${target.shell} in ${target.containerName}`).replace(/[\t\n]/g, ' ');
	stdout.write(`dockhand: ${what} (exit the shell to return)\r\n`);
	const stream = await target.attach();
	const wasRaw = Boolean(stdin.isRaw);
	if (stdin.isTTY && stdin.setRawMode) stdin.setRawMode(true);

	const sendSize = async (retry: boolean) => {
		if (!stdout.rows || !stdout.columns) return;
		try {
			await target.resize({rows: stdout.rows, columns: stdout.columns});
		} catch {
			// The process may not be up yet right after attach: one late retry, then give up quietly.
			if (retry) setTimeout(() => void sendSize(false), resizeRetryMs);
		}
	};
	const onResize = () => void sendSize(false);
	stdout.on('resize', onResize);
	void sendSize(true);

	try {
		await relay(stream, stdin, stdout);
	} finally {
		stdout.off('resize', onResize);
		if (stdin.isTTY && stdin.setRawMode) stdin.setRawMode(wasRaw);
	}
	return {exitCode: await target.exitCode().catch(() => null)};
}

/** Keys to the shell, output to the screen, until the daemon closes the connection. */
function relay(stream: Duplex, stdin: ExecTerminal['stdin'], stdout: ExecTerminal['stdout']): Promise<void> {
	return new Promise(resolve => {
		const toShell = (chunk: Buffer | string) => {
			if (!stream.destroyed) stream.write(chunk);
		};
		const toScreen = (chunk: Buffer) => {
			stdout.write(chunk);
		};
		let finished = false;
		const finish = () => {
			if (finished) return;
			finished = true;
			stdin.off('data', toShell);
			stdin.off('end', finish).off('error', finish);
			stdin.pause();
			stream.off('data', toScreen);
			stream.destroy();
			resolve();
		};
		stdin.on('data', toShell);
		// the terminal went away (hang-up): the exec connection is released too
		stdin.once('end', finish).once('error', finish);
		stdin.resume();
		stream.on('data', toScreen);
		stream.once('end', finish).once('close', finish).once('error', finish);
	});
}
