// undici connector for ssh:// endpoints: each HTTP connection is one `ssh … docker system
// dial-stdio` process, its stdin/stdout wrapped as a socket. undici's pool opens one per concurrent
// request, so /events, logs, stats and exec each get their own; idle ones close after keep-alive.
import {spawn, type ChildProcessByStdio} from 'node:child_process';
import {Duplex, type Readable, type Writable} from 'node:stream';
import type {buildConnector} from 'undici';
import {killSshChild, trackSshChild} from './ssh-children.js';
import {sshCommand} from './ssh-command.js';
import {sshFailure, sshNotStarted} from './ssh-errors.js';
import type {Endpoint} from './types.js';

type SshChild = ChildProcessByStdio<Writable, Readable, Readable>;

/** stderr kept for the failure sentence: ssh says what broke in its last lines. */
const STDERR_KEEP = 4096;

/** One ssh process as a socket: what undici writes goes to ssh's stdin, ssh's stdout is the answer. */
export class SshStream extends Duplex {
	bytesRead = 0;
	bytesWritten = 0;
	private stderr = '';
	private answered = false;
	private exited = false;

	constructor(
		private readonly child: SshChild,
		endpoint: Endpoint,
	) {
		super({allowHalfOpen: true});
		child.stdout.on('data', (chunk: Buffer) => {
			this.answered = true;
			this.bytesRead += chunk.length;
			if (!this.destroyed && !this.push(chunk)) child.stdout.pause();
		});
		// an answer that ends is the connection ending; with no answer at all, wait for the exit to say why
		child.stdout.on('end', () => {
			if (this.answered && !this.destroyed) this.push(null);
		});
		child.stderr.on('data', (chunk: Buffer) => {
			this.stderr = (this.stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
		});
		// a write to an ssh that already died: its exit reports what happened
		child.stdin.on('error', () => {});
		child.once('close', (code, signal) => {
			this.exited = true;
			if (this.destroyed) return;
			if (!this.answered) this.destroy(sshFailure(endpoint, this.stderr, {code, signal}));
			else this.destroy();
		});
	}

	get pid(): number | undefined {
		return this.child.pid;
	}

	override _read(): void {
		this.child.stdout.resume();
	}

	override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
		this.bytesWritten += chunk.length;
		if (this.child.stdin.destroyed) return callback();
		this.child.stdin.write(chunk, () => callback());
	}

	override _final(callback: (error?: Error | null) => void): void {
		this.child.stdin.end();
		callback();
	}

	/**
	 * Ends the connection by closing ssh's stdin, not by a signal: the remote dial-stdio and then ssh
	 * exit on their own, and an ssh that is the ControlMaster of the user's other sessions (ours
	 * included) keeps serving them until they end. What is still running when the engine closes
	 * or dockhand exits is killed then.
	 */
	override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
		if (!this.exited) {
			this.child.stdin.end();
			// nothing reads the answer any more: drain it so ssh never blocks writing it
			this.child.stdout.resume();
			this.unref();
		}
		callback(error);
	}

	/** undici unrefs idle connections so they never keep dockhand running. */
	ref(): this {
		this.child.ref();
		for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) (stream as {ref?: () => void}).ref?.();
		return this;
	}

	unref(): this {
		this.child.unref();
		for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) (stream as {unref?: () => void}).unref?.();
		return this;
	}
}

export type SshConnector = {connect: buildConnector.connector; /** Kills every ssh process this connector started that still runs. */ close(): void};

/** Starts the `ssh` on PATH (as the docker CLI does) for each connection the pool opens. */
export function sshConnector(endpoint: Endpoint): SshConnector {
	const command = sshCommand(endpoint);
	const mine = new Set<SshChild>();
	const connect: buildConnector.connector = (_options, callback) => {
		let child: SshChild;
		try {
			// its own session: ssh has no terminal to prompt on (that would tear the UI), and our Ctrl-C or hang-up never reaches it
			child = spawn(command.file, command.args, {stdio: ['pipe', 'pipe', 'pipe'], detached: true});
		} catch (error) {
			callback(sshNotStarted(endpoint, error as NodeJS.ErrnoException), null);
			return;
		}
		// after the start, an error (a failed kill) is followed by 'close', which reports it
		child.on('error', error => {
			if (child.pid === undefined) callback(sshNotStarted(endpoint, error as NodeJS.ErrnoException), null);
		});
		child.once('spawn', () => {
			trackSshChild(child);
			mine.add(child);
			child.once('exit', () => mine.delete(child));
			callback(null, new SshStream(child, endpoint) as never);
		});
	};
	return {
		connect,
		close() {
			for (const child of mine) killSshChild(child);
			mine.clear();
		},
	};
}
