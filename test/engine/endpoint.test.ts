import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import {EndpointError} from '../../source/engine/errors.js';
import {dockerHome, type DockerConfigLayout} from './docker-config-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'dh-endpoint-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

type Layout = DockerConfigLayout;
const home = (layout: Layout = {}) => dockerHome(root, layout);

type Row = {
	name: string;
	layout?: Layout;
	host?: string;
	env?: (paths: {home: string; config: string}) => NodeJS.ProcessEnv;
	expected: Record<string, unknown>;
};

const rows: Row[] = [
	{name: 'default socket when nothing is set', expected: {url: 'unix:///var/run/docker.sock', kind: 'unix', socketPath: '/var/run/docker.sock', source: 'default', insecure: false}},
	{name: '-H wins over DOCKER_HOST and contexts', host: 'unix:///tmp/flag.sock', layout: {currentContext: 'remote', contexts: {remote: {host: 'tcp://r:2376'}}}, env: () => ({DOCKER_HOST: 'unix:///tmp/env.sock', DOCKER_CONTEXT: 'remote'}), expected: {socketPath: '/tmp/flag.sock', source: 'flag'}},
	{name: 'DOCKER_HOST wins over DOCKER_CONTEXT', layout: {contexts: {remote: {host: 'tcp://r:2376'}}}, env: () => ({DOCKER_HOST: 'unix:///tmp/env.sock', DOCKER_CONTEXT: 'remote'}), expected: {socketPath: '/tmp/env.sock', source: 'env'}},
	{name: 'plain tcp:// is insecure and defaults to port 2375', env: () => ({DOCKER_HOST: 'tcp://10.0.0.5'}), expected: {kind: 'tcp', host: '10.0.0.5', port: 2375, insecure: true, tls: undefined}},
	{name: 'DOCKER_TLS_VERIFY turns TLS on, verified, port 2376, files from DOCKER_CERT_PATH', layout: {certDir: true}, env: ({config}) => ({DOCKER_HOST: 'tcp://docker.example:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: config}), expected: {kind: 'tcp', host: 'docker.example', port: 2376, insecure: false, tls: {verify: true, files: {ca: 'env-ca', cert: 'env-cert', key: 'env-key'}}}},
	{name: 'DOCKER_CERT_PATH defaults to ~/.docker', layout: {certDir: true}, env: () => ({DOCKER_HOST: 'tcp://h', DOCKER_TLS_VERIFY: '1'}), expected: {port: 2376, tls: {verify: true, files: {ca: 'env-ca', cert: 'env-cert', key: 'env-key'}}}},
	{name: 'IPv6 host', env: () => ({DOCKER_HOST: 'tcp://[::1]:2375'}), expected: {host: '::1', port: 2375}},
	{name: 'DOCKER_CONTEXT selects a context (meta under sha256 of the name), with its TLS files', layout: {contexts: {prod: {host: 'tcp://prod:2376', tls: true}}}, env: () => ({DOCKER_CONTEXT: 'prod'}), expected: {source: 'context', contextName: 'prod', host: 'prod', port: 2376, insecure: false, tls: {verify: true, files: {ca: 'prod-ca', cert: 'prod-cert', key: 'prod-key'}}}},
	{name: 'currentContext in config.json', layout: {currentContext: 'lab', contexts: {lab: {host: 'unix:///run/lab.sock'}}}, expected: {source: 'context', contextName: 'lab', kind: 'unix', socketPath: '/run/lab.sock'}},
	{name: 'DOCKER_CONTEXT wins over currentContext', layout: {currentContext: 'lab', contexts: {lab: {host: 'unix:///run/lab.sock'}, other: {host: 'unix:///run/other.sock'}}}, env: () => ({DOCKER_CONTEXT: 'other'}), expected: {contextName: 'other', socketPath: '/run/other.sock'}},
	{name: 'SkipTLSVerify: TLS without verification is insecure', layout: {contexts: {lax: {host: 'tcp://lax:2376', skipTlsVerify: true, tls: true}}}, env: () => ({DOCKER_CONTEXT: 'lax'}), expected: {insecure: true, tls: {verify: false, files: {ca: 'lax-ca', cert: 'lax-cert', key: 'lax-key'}}}},
	{name: 'DOCKER_CONFIG moves the config dir', layout: {}, env: () => {
		const other = home({currentContext: 'moved', contexts: {moved: {host: 'unix:///run/moved.sock'}}});
		return {DOCKER_CONFIG: other.config};
	}, expected: {contextName: 'moved', socketPath: '/run/moved.sock'}},
	{name: 'context "default" is the default socket', layout: {currentContext: 'default'}, expected: {url: 'unix:///var/run/docker.sock', source: 'default'}},
	{name: '-H host:port without a scheme is tcp:// (as the docker CLI reads it)', host: '127.0.0.1:2375', expected: {kind: 'tcp', url: 'tcp://127.0.0.1:2375', host: '127.0.0.1', port: 2375, source: 'flag'}},
	{name: 'DOCKER_HOST=:2375 is tcp://localhost:2375', env: () => ({DOCKER_HOST: ':2375'}), expected: {kind: 'tcp', url: 'tcp://localhost:2375', host: 'localhost', port: 2375, source: 'env'}},
	{name: 'ssh:// from DOCKER_HOST', env: () => ({DOCKER_HOST: 'ssh://deploy@box:2222'}), expected: {kind: 'ssh', user: 'deploy', host: 'box', port: 2222}},
];

describe('TLS flags (--tlscacert, --tlscert, --tlskey, --tlsverify)', () => {
	it('read the files they name over DOCKER_CERT_PATH, and turn verified TLS on', () => {
		const paths = home();
		const certs = join(paths.home, 'flags');
		mkdirSync(certs, {recursive: true});
		for (const name of ['ca.pem', 'c.pem', 'k.pem']) writeFileSync(join(certs, name), `PEM ${name}`);
		const endpoint = resolveEndpoint({host: 'tcp://h:2376', env: {}, homeDir: paths.home, tls: {cacert: join(certs, 'ca.pem'), cert: join(certs, 'c.pem'), key: join(certs, 'k.pem')}});
		expect(endpoint).toMatchObject({kind: 'tcp', insecure: false, tls: {verify: true, files: {ca: 'PEM ca.pem', cert: 'PEM c.pem', key: 'PEM k.pem'}}});
		expect(resolveEndpoint({host: 'tcp://h:2376', env: {}, homeDir: paths.home, tls: {verify: true}})).toMatchObject({tls: {verify: true, files: {}}});
		expect(resolveEndpoint({host: 'tcp://h:2375', env: {}, homeDir: paths.home, tls: {}}).tls).toBeUndefined();
	});

	it('a file that cannot be read, or half a client certificate, is a plain sentence', () => {
		const paths = home();
		expect(() => resolveEndpoint({host: 'tcp://h:2376', env: {}, homeDir: paths.home, tls: {cacert: '/nonexistent/ca.pem'}})).toThrow('cannot read --tlscacert /nonexistent/ca.pem: ENOENT');
		const cert = join(paths.home, 'c.pem');
		writeFileSync(cert, 'PEM');
		expect(() => resolveEndpoint({host: 'tcp://h:2376', env: {}, homeDir: paths.home, tls: {cert}})).toThrow('--tlscert without --tlskey — a client certificate needs both');
	});
});

describe('resolveEndpoint', () => {
	for (const row of rows) {
		it(row.name, () => {
			const paths = home(row.layout);
			const endpoint = resolveEndpoint({host: row.host, env: row.env?.(paths) ?? {}, homeDir: paths.home});
			expect(endpoint).toMatchObject(row.expected);
		});
	}

	const failures: Array<{name: string; host?: string; layout?: Layout; env?: NodeJS.ProcessEnv; message: RegExp}> = [
		{name: 'unknown context', env: {DOCKER_CONTEXT: 'ghost'}, message: /docker context "ghost" not found/},
		{name: 'unsupported scheme', host: 'npipe:////./pipe/docker_engine', message: /npipe:\/\/ endpoints are not supported/},
		{name: 'no scheme', host: '/var/run/docker.sock', message: /not a daemon URL/},
		{name: 'unix:// without a path', host: 'unix://', message: /names no socket path/},
		{name: 'malformed config.json', layout: {}, env: {}, message: /cannot read .*config\.json/},
	];
	for (const row of failures) {
		it(`fails with a plain sentence: ${row.name}`, () => {
			const paths = home(row.layout);
			if (row.name === 'malformed config.json') writeFileSync(join(paths.config, 'config.json'), '{not json');
			expect(() => resolveEndpoint({host: row.host, env: row.env ?? {}, homeDir: paths.home})).toThrow(EndpointError);
			expect(() => resolveEndpoint({host: row.host, env: row.env ?? {}, homeDir: paths.home})).toThrow(row.message);
		});
	}
});
