// One ssh process as a socket for undici: what undici writes goes to ssh's stdin, ssh's stdout is
// the daemon's answer, and an ssh that ends before any answer becomes one sentence from its stderr.
import type {ChildProcessByStdio} from 'node:child_process';
import {Duplex, type Readable, type Writable} from 'node:stream';
import {sshFailure} from './ssh-errors.js';
import type {Endpoint} from './types.js';

export type SshChild = ChildProcessByStdio<Writable, Readable, Readable>;

/** stderr kept for the failure sentence: ssh says what broke in its last lines. */
const STDERR_KEEP = 4096;

export class SshStream extends Duplex {
	bytesRead = 0;
	bytesWritten = 0;
	private stderr = '';
	private answered = false;
	private exited = false;

	/** `onAnswer`: the first bytes arrived (the login and the remote docker work); `onDeath`: ssh ended before dockhand let go of it. */
	constructor(
		private readonly child: SshChild,
		endpoint: Endpoint,
		{onAnswer = () => {}, onDeath = () => {}}: {onAnswer?: () => void; onDeath?: () => void} = {},
	) {
		super({allowHalfOpen: true});
		child.stdout.on('data', (chunk: Buffer) => {
			if (!this.answered) onAnswer();
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
			onDeath();
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
