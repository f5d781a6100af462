// undici connector for ssh:// endpoints: each HTTP connection is one `ssh … docker system
// dial-stdio` process (ssh-stream.ts). undici's pool opens one per concurrent request, so /events,
// logs, stats and exec each get their own; idle ones close after keep-alive.
// A login costs ~0.5–1.5 s, and the first screen opens several connections at once, a log stream
// each selection: for a long session (`spares`), once a login has worked a few processes are
// started ahead, handed out ready when a connection is asked for, and ended unused after a minute.
import {spawn} from 'node:child_process';
import type {buildConnector} from 'undici';
import {killSshChild, trackSshChild} from './ssh-children.js';
import {sshCommand} from './ssh-command.js';
import {sshNotStarted} from './ssh-errors.js';
import {SshStream, type SshChild} from './ssh-stream.js';
import type {Endpoint} from './types.js';

/** Spares started when the first answer arrives (before the first screen's burst), and kept while connections are asked for. */
const FIRST_SPARES = 5;
const LATER_SPARES = 2;
const SPARE_LIFETIME_MS = 60_000;

export type SshConnector = {connect: buildConnector.connector; /** Kills every ssh process this connector started that still runs. */ close(): void};

/** Starts the `ssh` on PATH (as the docker CLI does) for each connection the pool opens. */
export function sshConnector(endpoint: Endpoint, options: {spares: boolean}): SshConnector {
	const command = sshCommand(endpoint);
	const mine = new Set<SshChild>();
	const spares: SshStream[] = [];
	let starting = 0;
	/** a login worked since the last ssh death: spares may be started */
	let healthy = false;
	let closed = false;

	const launch = (done: (error: Error | null, stream?: SshStream) => void) => {
		let child: SshChild;
		try {
			// its own session: ssh has no terminal to prompt on (that would tear the UI), and our Ctrl-C or hang-up never reaches it
			child = spawn(command.file, command.args, {stdio: ['pipe', 'pipe', 'pipe'], detached: true});
		} catch (error) {
			done(sshNotStarted(endpoint, error as NodeJS.ErrnoException));
			return;
		}
		// after the start, an error (a failed kill) is followed by 'close', which reports it
		child.on('error', error => {
			if (child.pid === undefined) done(sshNotStarted(endpoint, error as NodeJS.ErrnoException));
		});
		child.once('spawn', () => {
			trackSshChild(child);
			if (closed) {
				killSshChild(child);
				return done(new Error('the engine was closed'));
			}
			mine.add(child);
			child.once('exit', () => mine.delete(child));
			done(null, new SshStream(child, endpoint, {onAnswer, onDeath}));
		});
	};

	const topUp = (count: number) => {
		// spares only once a login has worked: a refused key is never tried more often than asked
		if (!options.spares || !healthy || closed) return;
		while (spares.length + starting < count) {
			starting++;
			launch((error, stream) => {
				starting--;
				if (error || !stream) return;
				// a spare that fails is dropped; a real connection attempt then says why
				stream.on('error', () => {});
				stream.unref();
				spares.push(stream);
				const expire = setTimeout(() => stream.destroy(), SPARE_LIFETIME_MS).unref();
				stream.once('close', () => {
					clearTimeout(expire);
					const index = spares.indexOf(stream);
					if (index >= 0) spares.splice(index, 1);
				});
				stream.once('handed-out', () => clearTimeout(expire));
			});
		}
	};

	function onAnswer() {
		if (healthy) return;
		healthy = true;
		topUp(FIRST_SPARES);
	}

	/** An ssh process died under us (network gone, host down, killed): the spares likely share its fate. */
	function onDeath() {
		healthy = false;
		for (const spare of spares.splice(0)) spare.destroy();
	}

	const connect: buildConnector.connector = (_options, callback) => {
		const spare = spares.shift();
		if (spare && !spare.destroyed) {
			spare.emit('handed-out');
			// undici keeps a new connection referenced while it is busy
			spare.ref();
			// never synchronously: undici sets up the connection after its connector returns
			process.nextTick(() => callback(null, spare as never));
		} else {
			launch((error, stream) => (error ? callback(error, null) : callback(null, stream as never)));
		}
		topUp(LATER_SPARES);
	};

	return {
		connect,
		close() {
			closed = true;
			for (const child of mine) killSshChild(child);
			mine.clear();
		},
	};
}
