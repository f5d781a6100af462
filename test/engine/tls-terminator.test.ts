// A TLS terminator that verifies client certificates (socat OPENSSL-LISTEN verify=1, as stunnel or
// nginx set-ups do) in front of the real daemon's socket, on loopback: dockhand connects with the
// right client certificate through the --tls* flags of the built binary — several connections, so
// none may try to resume a TLS session the terminator refuses — and each failure is one sentence.
import {execFile, type ChildProcess} from 'node:child_process';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint, type TlsFlags} from '../../source/engine/endpoint.js';
import {describeError} from '../../source/engine/errors.js';
import {describeDaemon, testDockerHost, testEngineVersion} from '../support/daemon.js';
import {cliPath, ensureBuilt} from '../e2e/tmux.js';
import {socatForwarder} from '../support/tls-dockerd.js';
import {makeTlsFixtures, type TlsFixtures} from './tls-fixtures.js';

let fixtures: TlsFixtures;
const children: ChildProcess[] = [];
const socket = testDockerHost.slice('unix://'.length);

/** socat on 127.0.0.1:PORT in front of the test daemon's socket. */
async function terminator(listen: string): Promise<number> {
	const {port, child} = await socatForwarder(listen, socket);
	children.push(child);
	return port;
}

const file = (name: string) => join(fixtures.dir, name);
let tlsPort: number;
let wrongNamePort: number;
let expiredPort: number;
let plainPort: number;

async function versionError(host: string, tls: TlsFlags): Promise<string> {
	const engine = createEngine(resolveEndpoint({host, env: {}, homeDir: fixtures.dir, tls}), {env: {}});
	try {
		return await engine.version().then(() => 'connected', (error: unknown) => describeError(error));
	} finally {
		await engine.close();
	}
}

describeDaemon('through a socat TLS terminator with verify=1 (real daemon behind it)', () => {
	beforeAll(async () => {
		ensureBuilt();
		fixtures = makeTlsFixtures();
		const tls = (cert: string) => `OPENSSL-LISTEN:PORT,cert=${file(`${cert}.pem`)},key=${file(`${cert}.key`)},cafile=${file('ca.pem')},verify=1`;
		tlsPort = await terminator(tls('server'));
		wrongNamePort = await terminator(tls('wrong'));
		expiredPort = await terminator(tls('expired'));
		plainPort = await terminator('TCP-LISTEN:PORT');
	}, 60_000);
	afterAll(() => {
		for (const child of children) child.kill();
	});

	it('dockhand version with --tlscacert --tlscert --tlskey connects, over several connections', async () => {
		const args = ['version', '-H', `tcp://127.0.0.1:${tlsPort}`, '--tlscacert', file('ca.pem'), '--tlscert', file('client.pem'), '--tlskey', file('client.key')];
		const result = await new Promise<{code: number; stdout: string; stderr: string}>(resolve => {
			execFile(process.execPath, [cliPath, ...args], {env: {PATH: process.env.PATH, HOME: fixtures.dir}, timeout: 20_000}, (error, stdout, stderr) => resolve({code: error ? 1 : 0, stdout, stderr}));
		});
		expect(result.stderr).toBe('');
		const engineVersion = await testEngineVersion();
		expect(/Engine: +(\S+)/.exec(result.stdout)?.[1]).toBe(engineVersion);
		// parallel calls open more connections: each is a fresh TLS session the terminator accepts
		const engine = createEngine(resolveEndpoint({host: `tcp://127.0.0.1:${tlsPort}`, env: {}, tls: {cacert: file('ca.pem'), cert: file('client.pem'), key: file('client.key')}}), {env: {}});
		try {
			const answers = await Promise.all(Array.from({length: 6}, () => engine.version()));
			expect(answers.map(answer => answer.Version)).toEqual(Array.from({length: 6}, () => engineVersion));
		} finally {
			await engine.close();
		}
	});

	const client = {cacert: 'ca.pem', cert: 'client.pem', key: 'client.key'};
	const cases: Array<{name: string; port: () => number; host?: string; tls: Partial<typeof client> & {verify?: boolean}; message: (at: string) => string}> = [
		{name: 'no client certificate', port: () => tlsPort, tls: {cacert: 'ca.pem'}, message: at => `the TLS server at ${at} wants a client certificate and none is configured — give one with --tlscert/--tlskey or cert.pem/key.pem in DOCKER_CERT_PATH`},
		{name: 'a client certificate from another CA', port: () => tlsPort, tls: {cacert: 'ca.pem', cert: 'stranger.pem', key: 'stranger.key'}, message: at => `the TLS server at ${at} rejected dockhand's client certificate — use one signed by a CA the server trusts`},
		{name: 'a server certificate from an unknown CA', port: () => tlsPort, tls: {...client, cacert: 'other-ca.pem'}, message: at => `TLS certificate of ${at} could not be verified (SELF_SIGNED_CERT_IN_CHAIN) — point --tlscacert or DOCKER_CERT_PATH (a directory holding ca.pem, cert.pem, key.pem) at the CA that signed it`},
		{name: 'a server certificate for another name', port: () => wrongNamePort, tls: client, message: at => `TLS certificate of ${at} is not valid for that host name — connect by the name in the certificate`},
		{name: 'an expired server certificate', port: () => expiredPort, tls: client, message: at => `TLS certificate of ${at} is expired or not yet valid (CERT_HAS_EXPIRED) — renew the daemon's certificate`},
		{name: 'TLS to a plain port', port: () => plainPort, tls: client, message: at => `${at} does not speak TLS (a plain HTTP port?) — use the daemon's TLS port, or drop --tlsverify / DOCKER_TLS_VERIFY`},
	];
	for (const {name, port, tls, message} of cases) {
		it(`fails with one sentence: ${name}`, async () => {
			const at = `tcp://127.0.0.1:${port()}`;
			const flags = Object.fromEntries(Object.entries(tls).map(([key, value]) => [key, typeof value === 'string' ? file(value) : value]));
			expect(await versionError(at, flags)).toBe(message(at));
		});
	}

	it('fails with one sentence: a plain client to the TLS port', async () => {
		const at = `tcp://127.0.0.1:${tlsPort}`;
		expect(await versionError(at, {})).toMatch(new RegExp(`^(${at} closed the connection without answering|connection to ${at} closed unexpectedly).* use --tlsverify or DOCKER_TLS_VERIFY=1\\)?$`));
	});
});
