// The contexts list and --context, from a temporary DOCKER_CONFIG holding a unix, a tcp+TLS and an
// ssh context plus broken ones (no meta.json, a TLS file that cannot be read): each is listed, the
// broken ones with their sentence, and none of them stops the others from resolving.
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {listEndpointChoices} from '../../source/engine/endpoint-choices.js';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import {contextFolder, dockerHome} from './docker-config-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'dh-choices-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

function threeContextsAndBroken() {
	const paths = dockerHome(root, {
		currentContext: 'lab',
		contexts: {
			lab: {host: 'unix:///run/lab.sock', description: 'the lab box'},
			prod: {host: 'tcp://prod.example:2376', description: 'production', tls: true},
			remote: {host: 'ssh://deploy@box:2222', description: 'over ssh'},
			badtls: {host: 'tcp://bad:2376', tls: true},
		},
	});
	// a context folder without meta.json, and a ca.pem that is a folder (EISDIR: unreadable)
	mkdirSync(join(paths.config, 'contexts', 'meta', 'f'.repeat(64)), {recursive: true});
	const badCa = join(paths.config, 'contexts', 'tls', contextFolder('badtls'), 'docker', 'ca.pem');
	rmSync(badCa);
	mkdirSync(badCa);
	return paths;
}

describe('listEndpointChoices', () => {
	it('lists default and every stored context by name, marks the current one, and keeps the broken ones with their error', () => {
		const paths = threeContextsAndBroken();
		const choices = listEndpointChoices({env: {}, homeDir: paths.home});
		expect(choices.map(choice => choice.name)).toEqual(['default', 'badtls', 'lab', 'prod', 'remote', `(${'f'.repeat(12)})`]);
		const byName = new Map(choices.map(choice => [choice.name, choice]));
		expect(choices.filter(choice => choice.current).map(choice => choice.name)).toEqual(['lab']);
		expect(byName.get('lab')).toMatchObject({description: 'the lab box', host: 'unix:///run/lab.sock', endpoint: {kind: 'unix', socketPath: '/run/lab.sock', source: 'context', contextName: 'lab'}});
		expect(byName.get('prod')).toMatchObject({description: 'production', endpoint: {kind: 'tcp', host: 'prod.example', port: 2376, insecure: false, tls: {verify: true, files: {ca: 'prod-ca', cert: 'prod-cert', key: 'prod-key'}}}});
		expect(byName.get('remote')).toMatchObject({endpoint: {kind: 'ssh', host: 'box', port: 2222, user: 'deploy'}});
		expect(byName.get('remote')!.error).toBeUndefined();
		expect(byName.get('default')).toMatchObject({host: 'unix:///var/run/docker.sock', endpoint: {source: 'default'}});
		expect(byName.get('badtls')!.endpoint).toBeUndefined();
		expect(byName.get('badtls')!.error).toMatch(/^docker context "badtls": cannot read .*ca\.pem: EISDIR/);
		expect(byName.get(`(${'f'.repeat(12)})`)!.error).toMatch(/cannot read .*meta\.json: missing/);
	});

	it('the default context shows the socket it resolves to: Podman\'s where Docker has none', () => {
		const paths = threeContextsAndBroken();
		const podman = (path: string) => path === '/run/podman/podman.sock';
		const [byDefault] = listEndpointChoices({env: {}, homeDir: paths.home, socketExists: podman});
		expect(byDefault).toMatchObject({name: 'default', host: 'unix:///run/podman/podman.sock', endpoint: {kind: 'unix', socketPath: '/run/podman/podman.sock'}});
		const docker = (path: string) => path === '/var/run/docker.sock' || podman(path);
		expect(listEndpointChoices({env: {}, homeDir: paths.home, socketExists: docker})[0]).toMatchObject({host: 'unix:///var/run/docker.sock'});
	});

	it('DOCKER_HOST is listed first and is current; --context beats it; -H is listed and current', () => {
		const paths = threeContextsAndBroken();
		const env = {DOCKER_HOST: 'unix:///tmp/env.sock', DOCKER_CONTEXT: 'prod'};
		const withEnv = listEndpointChoices({env, homeDir: paths.home});
		expect(withEnv[0]).toMatchObject({name: 'DOCKER_HOST', current: true, host: 'unix:///tmp/env.sock', endpoint: {source: 'env'}});
		expect(withEnv.filter(choice => choice.current)).toHaveLength(1);
		const withFlag = listEndpointChoices({env, context: 'remote', homeDir: paths.home});
		expect(withFlag.filter(choice => choice.current).map(choice => choice.name)).toEqual(['remote']);
		const withHost = listEndpointChoices({env, host: 'tcp://h:2375', homeDir: paths.home});
		expect(withHost[0]).toMatchObject({name: '-H', current: true, endpoint: {source: 'flag', kind: 'tcp'}});
		expect(withHost.filter(choice => choice.current)).toHaveLength(1);
	});

	it('a current context that is not in the store is listed with why it cannot be used', () => {
		const paths = dockerHome(root, {currentContext: 'gone'});
		const choices = listEndpointChoices({env: {}, homeDir: paths.home});
		expect(choices.map(choice => [choice.name, choice.current])).toEqual([['default', false], ['gone', true]]);
		expect(choices[1]!.error).toMatch(/docker context "gone" not found/);
	});
});

describe('--context', () => {
	it('picks the context as the docker CLI does: over DOCKER_HOST and DOCKER_CONTEXT, never together with -H', () => {
		const paths = threeContextsAndBroken();
		const env = {DOCKER_HOST: 'unix:///tmp/env.sock', DOCKER_CONTEXT: 'lab'};
		expect(resolveEndpoint({context: 'prod', env, homeDir: paths.home})).toMatchObject({source: 'context', contextName: 'prod', kind: 'tcp'});
		// without --context, a set DOCKER_HOST wins over DOCKER_CONTEXT and currentContext
		expect(resolveEndpoint({env, homeDir: paths.home})).toMatchObject({source: 'env', socketPath: '/tmp/env.sock'});
		expect(resolveEndpoint({env: {DOCKER_CONTEXT: 'remote'}, homeDir: paths.home})).toMatchObject({kind: 'ssh', contextName: 'remote'});
		expect(resolveEndpoint({env: {}, homeDir: paths.home})).toMatchObject({contextName: 'lab', socketPath: '/run/lab.sock'});
		// the default context is DOCKER_HOST when that is set
		expect(resolveEndpoint({context: 'default', env, homeDir: paths.home})).toMatchObject({source: 'env'});
		expect(() => resolveEndpoint({context: 'prod', host: 'tcp://h:2375', env, homeDir: paths.home})).toThrow('conflicting options: either specify --host or --context, not both');
		expect(() => resolveEndpoint({context: 'badtls', env, homeDir: paths.home})).toThrow(/docker context "badtls": cannot read/);
	});
});
