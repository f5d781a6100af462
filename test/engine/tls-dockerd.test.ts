// Real dockerd over verified TLS: a private dockerd serves `-H tcp://127.0.0.1:PORT --tlsverify`
// with certificates made now by openssl (tls-fixtures.ts). dockhand lists its containers with the
// right client certificate; each failure is produced for real and its one sentence asserted.
import {execFile, type ChildProcess} from 'node:child_process';
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint, type TlsFlags} from '../../source/engine/endpoint.js';
import {describeError} from '../../source/engine/errors.js';
import {cliCommand, cliPath, ensureBuilt, startTmux, type TmuxSession} from '../e2e/tmux.js';
import {createContainer, removeContainer} from '../store/test-containers.js';
import {freePort, privateDockerdMissing, socatForwarder, startTlsDockerd, type PrivateDockerd} from '../support/tls-dockerd.js';
import {makeTlsFixtures, type TlsFixtures} from './tls-fixtures.js';

// CI starts whatever these tests need: there a missing dockerd is a failure, never a skip
if (privateDockerdMissing && process.env.CI !== 'true') console.warn(`SKIPPED real-dockerd TLS tests: ${privateDockerdMissing}`);

let fixtures: TlsFixtures;
let daemon: PrivateDockerd | undefined;
let expiredDaemon: PrivateDockerd | undefined;
let plain: ChildProcess | undefined;
let session: TmuxSession | undefined;
const ports = {tls: 0, otherName: 0, expired: 0, plain: 0};
const file = (name: string) => join(fixtures.dir, name);

async function versionError(host: string, tls: TlsFlags): Promise<string> {
	const engine = createEngine(resolveEndpoint({host, env: {}, homeDir: fixtures.dir, tls}), {env: {}});
	try {
		return await engine.version().then(answer => `connected to ${answer.Version}`, (error: unknown) => describeError(error));
	} finally {
		await engine.close();
	}
}

describe.skipIf(privateDockerdMissing !== '' && process.env.CI !== 'true')('a real dockerd with --tlsverify on tcp://127.0.0.1', () => {
	beforeAll(async () => {
		ensureBuilt();
		fixtures = makeTlsFixtures();
		ports.tls = await freePort();
		// 127.0.0.2 is this host too, but not a name in the certificate (made for 127.0.0.1 and localhost)
		ports.otherName = await freePort('127.0.0.2');
		ports.expired = await freePort();
		const served = {cacert: file('ca.pem'), cert: file('server.pem'), key: file('server.key')};
		[daemon, expiredDaemon] = await Promise.all([
			startTlsDockerd('tls', served, [`127.0.0.1:${ports.tls}`, `127.0.0.2:${ports.otherName}`], true),
			startTlsDockerd('tls-expired', {...served, cert: file('expired.pem'), key: file('expired.key')}, [`127.0.0.1:${ports.expired}`]),
		]);
		// the same dockerd behind a plain TCP port (dockerd itself puts TLS on every TCP listener)
		const forwarder = await socatForwarder('TCP-LISTEN:PORT', daemon.host.slice('unix://'.length));
		plain = forwarder.child;
		ports.plain = forwarder.port;
	}, 180_000);

	afterAll(async () => {
		await session?.kill();
		plain?.kill();
		await Promise.all([daemon?.stop(), expiredDaemon?.stop()]);
		if (fixtures) rmSync(fixtures.dir, {recursive: true, force: true});
	}, 120_000);

	const flags = ['--tlscacert', 'ca.pem', '--tlscert', 'client.pem', '--tlskey', 'client.key'];

	it('with the right client certificate the built binary lists the daemon\'s containers and `version` answers', async () => {
		const container = await createContainer(daemon!.host, 'tls-listed');
		try {
			const args = ['-H', `tcp://127.0.0.1:${ports.tls}`, ...flags.map(flag => (flag.startsWith('--') ? flag : file(flag)))];
			session = await startTmux({command: cliCommand(args), columns: 160, rows: 30, env: {DOCKER_HOST: undefined, HOME: fixtures.dir}});
			const screen = await session.waitForText(container.name, 20_000);
			expect(screen).toMatch(/● connected/);
			const version = await new Promise<{stdout: string; stderr: string}>(resolve => {
				execFile(process.execPath, [cliPath, 'version', ...args], {env: {PATH: process.env.PATH, HOME: fixtures.dir}, timeout: 20_000}, (_error, stdout, stderr) => resolve({stdout, stderr}));
			});
			expect(version.stderr).toBe('');
			expect(version.stdout).toMatch(/Engine: +20\.10\./);
		} finally {
			await removeContainer(daemon!.host, container.id);
		}
	});

	const client = {cacert: 'ca.pem', cert: 'client.pem', key: 'client.key'};
	const cases: Array<{name: string; host: () => string; tls: Partial<typeof client>; message: (at: string) => string}> = [
		{name: 'a server certificate from an unknown CA', host: () => `tcp://127.0.0.1:${ports.tls}`, tls: {...client, cacert: 'other-ca.pem'}, message: at => `TLS certificate of ${at} could not be verified (UNABLE_TO_VERIFY_LEAF_SIGNATURE) — point --tlscacert or DOCKER_CERT_PATH (a directory holding ca.pem, cert.pem, key.pem) at the CA that signed it`},
		{name: 'a server certificate for another name', host: () => `tcp://127.0.0.2:${ports.otherName}`, tls: client, message: at => `TLS certificate of ${at} is not valid for that host name — connect by the name in the certificate`},
		{name: 'an expired server certificate', host: () => `tcp://127.0.0.1:${ports.expired}`, tls: client, message: at => `TLS certificate of ${at} is expired or not yet valid (CERT_HAS_EXPIRED) — renew the daemon's certificate`},
		{name: 'no client certificate', host: () => `tcp://127.0.0.1:${ports.tls}`, tls: {cacert: 'ca.pem'}, message: at => `the TLS server at ${at} wants a client certificate and none is configured — give one with --tlscert/--tlskey or cert.pem/key.pem in DOCKER_CERT_PATH`},
		{name: 'a client certificate from another CA', host: () => `tcp://127.0.0.1:${ports.tls}`, tls: {cacert: 'ca.pem', cert: 'stranger.pem', key: 'stranger.key'}, message: at => `the TLS server at ${at} rejected dockhand's client certificate — use one signed by a CA the server trusts`},
		{name: 'TLS to a plain port', host: () => `tcp://127.0.0.1:${ports.plain}`, tls: client, message: at => `${at} does not speak TLS (a plain HTTP port?) — use the daemon's TLS port, or drop --tlsverify / DOCKER_TLS_VERIFY`},
		{name: 'plain HTTP to the TLS port', host: () => `tcp://127.0.0.1:${ports.tls}`, tls: {}, message: at => `${at} speaks TLS and dockhand talked plain HTTP — use --tlsverify or DOCKER_TLS_VERIFY=1 (with the daemon's CA and a client certificate)`},
	];
	for (const {name, host, tls, message} of cases) {
		it(`fails with one sentence: ${name}`, async () => {
			const flagged = Object.fromEntries(Object.entries(tls).map(([key, value]) => [key, file(value)]));
			expect(await versionError(host(), flagged)).toBe(message(host()));
		});
	}
});
