// Servers for TLS tests on loopback: a PRIVATE second dockerd (never the shared test daemon) with a
// --tlsverify TCP listener, started by test/support/dockerd.sh with its own socket and state
// directory; and socat forwarders (a TLS terminator or a plain TCP port) in front of a Unix socket.
import {execFile, spawn, type ChildProcess} from 'node:child_process';
import {existsSync} from 'node:fs';
import net from 'node:net';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Why a private dockerd cannot start on this machine, or '' when it can. */
export const privateDockerdMissing = process.getuid?.() !== 0 ? 'starting a dockerd needs root' : existsSync('/usr/sbin/dockerd') ? '' : 'no /usr/sbin/dockerd here (Debian docker.io)';

export async function freePort(host = '127.0.0.1'): Promise<number> {
	const server = net.createServer();
	await new Promise<void>(resolve => server.listen(0, host, resolve));
	const {port} = server.address() as net.AddressInfo;
	await new Promise(resolve => server.close(resolve));
	return port;
}

export type TlsFiles = {cacert: string; cert: string; key: string};
export type PrivateDockerd = {host: string; stop: () => Promise<void>};

/**
 * dockerd with `-H tcp://ADDRESS` for each of `listen` and `--tlsverify` with `tls`, next to its own
 * Unix socket; `name` keeps its socket and state apart from the test daemon's (and reused across runs).
 */
export async function startTlsDockerd(name: string, tls: TlsFiles, listen: string[], withImage = false): Promise<PrivateDockerd> {
	const socket = `${dirname(process.env.DOCKHAND_TEST_SOCK ?? '/run/dockhand-test/docker.sock')}-${name}/docker.sock`;
	const flags = [...listen.flatMap(address => ['-H', `tcp://${address}`]), '--tlsverify', '--tlscacert', tls.cacert, '--tlscert', tls.cert, '--tlskey', tls.key];
	const env = {
		...process.env,
		DOCKHAND_TEST_SOCK: socket,
		DOCKHAND_TEST_STATE: `${process.env.DOCKHAND_TEST_STATE ?? '/var/lib/dockhand-test'}-${name}`,
		DOCKHAND_TEST_DOCKERD_ARGS: flags.join(' '),
		DOCKHAND_TEST_IMPORT: withImage ? '1' : '0',
	};
	const script = async (command: 'start' | 'stop') => {
		await run('bash', [join(root, 'test', 'support', 'dockerd.sh'), command], {cwd: root, env, timeout: 120_000});
	};
	await script('stop'); // one left by an earlier run would serve that run's certificates
	await script('start');
	return {host: `unix://${socket}`, stop: () => script('stop')};
}

/** socat on 127.0.0.1:PORT (`listen` has PORT in it) forwarding to `socket`; resolves once it accepts connections. */
export async function socatForwarder(listen: string, socket: string): Promise<{port: number; child: ChildProcess}> {
	const port = await freePort();
	const child = spawn('socat', [`${listen.replace('PORT', String(port))},bind=127.0.0.1,reuseaddr,fork`, `UNIX-CONNECT:${socket}`], {stdio: 'ignore'});
	for (let attempt = 0; attempt < 100; attempt++) {
		const open = await new Promise<boolean>(resolve => {
			const probe = net.connect(port, '127.0.0.1', () => {
				probe.destroy();
				resolve(true);
			}).once('error', () => resolve(false));
		});
		if (open) return {port, child};
		await new Promise(resolve => setTimeout(resolve, 50));
	}
	child.kill();
	throw new Error(`socat did not listen on ${port}`);
}
