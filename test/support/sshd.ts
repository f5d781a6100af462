// A private sshd for the ssh:// tests (test/support/sshd.sh): 127.0.0.1, a free port, keys made at
// test time. Clients pick their set-up by PATH: each folder holds an `ssh` that runs the real one
// with that set-up's config (-F), so no test reads or writes the user's ~/.ssh.
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import net from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const run = promisify(execFile);

/** The script, found upwards from here (this file may run bundled, from a bench). */
function sshdScript(): string {
	for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
		for (const candidate of [join(dir, 'sshd.sh'), join(dir, 'test', 'support', 'sshd.sh')]) if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) throw new Error('cannot find test/support/sshd.sh');
	}
}

const script = sshdScript();

export type SshClientSetup = 'good' | 'wrong-key' | 'unknown-host' | 'multiplexed';

export type TestSshd = {
	dir: string;
	port: number;
	/** ssh://root@127.0.0.1:PORT/<the test daemon's socket> */
	url(socketPath: string): string;
	/** PATH with the set-up's `ssh` first. */
	path(setup: SshClientSetup): string;
	/** PIDs of ssh clients running with this sshd's configs (any set-up), found in /proc. */
	clientPids(): number[];
	/** Connections sshd has accepted so far (from its log): each one a login attempt. */
	logins(): number;
	stop(): Promise<void>;
};

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const {port} = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

function cmdline(pid: string): string {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
	} catch {
		return '';
	}
}

export async function startSshd(): Promise<TestSshd> {
	const dir = mkdtempSync(join(tmpdir(), 'dh-sshd-'));
	const port = await freePort();
	await run('bash', [script, 'start', dir, String(port)]);
	return {
		dir,
		port,
		url: socketPath => `ssh://root@127.0.0.1:${port}${socketPath}`,
		path: setup => `${join(dir, setup)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
		clientPids: () =>
			readdirSync('/proc')
				.filter(entry => /^\d+$/.test(entry))
				.filter(pid => cmdline(pid).startsWith(`/usr/bin/ssh -F ${dir}/`))
				.map(Number),
		logins: () => (readFileSync(join(dir, 'sshd.log'), 'utf8').match(/^Connection from 127\.0\.0\.1/gm) ?? []).length,
		async stop() {
			await run('bash', [script, 'stop', dir]).catch(() => undefined);
			rmSync(dir, {recursive: true, force: true});
		},
	};
}
