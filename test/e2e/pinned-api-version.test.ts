// A DOCKER_API_VERSION the real daemon refuses (1.99 against dockerd 20.10, API 1.41): the daemon is
// there, so the engine, `version --json` and the screen name the pin and its fix, never "Cannot reach".
import {execFile} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CLIENT_MAX_API_VERSION} from '../../source/engine/api-version.js';
import {createEngine} from '../../source/engine/create-engine.js';
import {parseHost} from '../../source/engine/endpoint.js';
import {PinnedApiVersionError} from '../../source/engine/errors.js';
import {describeDaemon, testDockerHost, testPodmanHost} from '../support/daemon.js';
import {cliPath, ensureBuilt, startTmux, type TmuxSession} from './tmux.js';

const refusal = 'the daemon refused the API version 1.99 pinned by DOCKER_API_VERSION (it speaks up to 1.41) — unset DOCKER_API_VERSION or set it to 1.41 or lower';
let session: TmuxSession | undefined;

describeDaemon('a pinned API version the daemon refuses', () => {
	beforeAll(() => ensureBuilt());
	afterAll(async () => session?.kill());

	it('the engine caps the pin at its own maximum and says so, then reports the refusal and its fix (the daemon answered 400)', async () => {
		const engine = createEngine(parseHost(testDockerHost, 'env', undefined), {env: {DOCKER_API_VERSION: '1.99'}});
		expect(engine.apiVersion).toBe(CLIENT_MAX_API_VERSION);
		expect(engine.notes).toEqual([`DOCKER_API_VERSION=1.99 is newer than dockhand speaks: using API ${CLIENT_MAX_API_VERSION}`]);
		try {
			const failure = await engine.listContainers().catch((error: unknown) => error);
			expect(failure).toBeInstanceOf(PinnedApiVersionError);
			expect((failure as Error).message).toBe(refusal);
		} finally {
			await engine.close();
		}
	});

	it('version --json prints one JSON object with that error, exit 1', async () => {
		const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('DOCKER_')));
		const result = await new Promise<{code: number; stdout: string; stderr: string}>(resolve => {
			execFile(process.execPath, [cliPath, 'version', '--json'], {env: {...base, DOCKER_HOST: testDockerHost, DOCKER_API_VERSION: '1.99'}, timeout: 20_000}, (error, stdout, stderr) => {
				resolve({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr});
			});
		});
		expect(result.code).toBe(1);
		expect(JSON.parse(result.stdout)).toMatchObject({error: refusal});
		expect(result.stderr).toBe(`dockhand: DOCKER_API_VERSION=1.99 is newer than dockhand speaks: using API ${CLIENT_MAX_API_VERSION}\ndockhand: ${refusal}\n`);
	});

	it('a pin dockhand speaks is used as given, with nothing to say', async () => {
		const engine = createEngine(parseHost(testDockerHost, 'env', undefined), {env: {DOCKER_API_VERSION: '1.40'}});
		try {
			expect(engine.notes).toEqual([]);
			expect((await engine.version()).ApiVersion).toBe('1.41');
			expect(engine.apiVersion).toBe('1.40');
		} finally {
			await engine.close();
		}
	});

	it('the screen says the daemon refused the pinned version and that DOCKER_API_VERSION is the fix', async () => {
		session = await startTmux({columns: 200, rows: 24, env: {DOCKER_HOST: testDockerHost, DOCKER_API_VERSION: '1.99'}});
		const screen = await session.waitForText('The Docker daemon refused the pinned API version', 15_000);
		expect(screen).toContain('unset DOCKER_API_VERSION');
		expect(screen).toContain('set it to 1.41 or lower');
		expect(screen).not.toContain('Cannot reach');
		expect(screen).not.toContain('Is dockerd running');
	});
});

// Podman answers under any version prefix (/v1.99/... too): without the cap a pin would be used as given, silently
describe.skipIf(!testPodmanHost)('a pinned API version above dockhand\'s on Podman, which accepts any', () => {
	afterAll(async () => session?.kill());

	it('the engine caps it at its own maximum and says so; calls then work', async () => {
		const engine = createEngine(parseHost(testPodmanHost, 'env', undefined), {env: {DOCKER_API_VERSION: '1.99'}});
		try {
			expect(engine.apiVersion).toBe(CLIENT_MAX_API_VERSION);
			expect(engine.notes).toEqual([`DOCKER_API_VERSION=1.99 is newer than dockhand speaks: using API ${CLIENT_MAX_API_VERSION}`]);
			expect(Array.isArray(await engine.listContainers({all: true}))).toBe(true);
			expect((await engine.version()).Components?.[0]?.Name).toBe('Podman Engine');
		} finally {
			await engine.close();
		}
	});

	it('the screen says so and shows Podman connected', async () => {
		ensureBuilt();
		session = await startTmux({columns: 200, rows: 24, env: {DOCKER_HOST: testPodmanHost, DOCKER_API_VERSION: '1.99'}});
		const screen = await session.waitUntil(text => text.includes('● connected') && text.includes(`DOCKER_API_VERSION=1.99 is newer than dockhand speaks: using API ${CLIENT_MAX_API_VERSION}`), 15_000);
		expect(screen.split('\n')[0]).toContain(`Podman`);
		expect(screen.split('\n')[0]).toContain(`API ${CLIENT_MAX_API_VERSION}`);
	});
});
