// With nothing configured and no Docker socket, dockhand finds Podman's socket as the docker CLI users expect.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {resolveEndpoint} from '../../source/engine/endpoint.js';

const home = mkdtempSync(join(tmpdir(), 'dh-default-socket-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

const resolve = (present: string[], env: NodeJS.ProcessEnv = {}, host?: string) =>
	resolveEndpoint({host, env: {DOCKER_CONFIG: join(home, 'none'), ...env}, homeDir: home, socketExists: path => present.includes(path)});

describe('the default socket', () => {
	it("is Docker's whenever it exists, even with Podman's there too", () => {
		expect(resolve(['/var/run/docker.sock', '/run/podman/podman.sock'])).toMatchObject({socketPath: '/var/run/docker.sock', source: 'default'});
	});

	it("is rootless Podman's under $XDG_RUNTIME_DIR when Docker has none, then root Podman's", () => {
		const env = {XDG_RUNTIME_DIR: '/run/user/1000'};
		expect(resolve(['/run/user/1000/podman/podman.sock', '/run/podman/podman.sock'], env)).toMatchObject({url: 'unix:///run/user/1000/podman/podman.sock', source: 'default'});
		expect(resolve(['/run/podman/podman.sock'], env)).toMatchObject({socketPath: '/run/podman/podman.sock', source: 'default'});
		expect(resolve(['/run/podman/podman.sock'])).toMatchObject({socketPath: '/run/podman/podman.sock'});
	});

	it("names Docker's when no socket exists at all (the error then says what most users expect)", () => {
		expect(resolve([], {XDG_RUNTIME_DIR: '/run/user/1000'})).toMatchObject({socketPath: '/var/run/docker.sock'});
	});

	it('is not looked for when -H or DOCKER_HOST names the daemon', () => {
		expect(resolve(['/run/podman/podman.sock'], {DOCKER_HOST: 'unix:///tmp/d.sock'})).toMatchObject({socketPath: '/tmp/d.sock', source: 'env'});
		expect(resolve(['/run/podman/podman.sock'], {}, 'unix:///tmp/f.sock')).toMatchObject({socketPath: '/tmp/f.sock', source: 'flag'});
	});
});
