// Access to the test daemon for integration tests: a real dockerd, or (no dockerd and not CI) the demo engine.
import {accessSync, constants} from 'node:fs';
import {join} from 'node:path';
import {describe, inject} from 'vitest';
import {dockerRequest} from './docker-http.js';

export const testDockerHost: string = inject('dockerHost');
export const testEngine = inject('testEngine');
/** Podman's Docker-compatible API (test/support/podman.sh), or '' when it could not start. */
export const testPodmanHost: string = inject('podmanHost');
export const testImage = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';

/** describe() that runs only when a test daemon is up (global setup fails the run under CI otherwise). */
export const describeDaemon = describe.skipIf(!testDockerHost);

/** The docker CLI on PATH (the ssh tests' remote side runs `docker system dial-stdio`). */
function dockerCliOnPath(): boolean {
	return (process.env.PATH ?? '').split(':').some(dir => {
		try {
			accessSync(join(dir, 'docker'), constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

const requirements = {
	'real-daemon': {met: () => testEngine === 'real', says: 'a real dockerd; this run uses the demo engine'},
	// under CI=true the CLI is installed (dockerd.sh): a missing one must fail there, not skip
	'docker-cli': {met: () => process.env.CI === 'true' || dockerCliOnPath(), says: 'the docker CLI, not on PATH here'},
};

/**
 * What a test needs beyond the Engine API: 'real-daemon' = real containers (a process that runs its
 * command, a dockerd to restart, real cgroups); 'docker-cli' = the `docker` program. True when met;
 * otherwise the reason is printed and the caller skips: `it.skipIf(!needs('real-daemon', 'exec runs a real shell'))(...)`.
 */
export function needs(what: keyof typeof requirements, why: string): boolean {
	if (!testDockerHost || requirements[what].met()) return true; // no daemon at all: describeDaemon skips already
	console.warn(`SKIPPED (needs ${requirements[what].says}): ${why}`);
	return false;
}

/** describeDaemon for a whole suite that needs more than the Engine API (see needs()). */
export function describeNeeding(what: keyof typeof requirements, why: string): typeof describeDaemon {
	return needs(what, why) ? describeDaemon : describe.skip;
}

/** The test daemon's engine version, as its /version says (20.10.x for CI's dockerd, …-demo for the demo engine). */
export async function testEngineVersion(): Promise<string> {
	return (JSON.parse((await dockerRequest(testDockerHost, 'GET', '/version')).body) as {Version: string}).Version;
}

/** One engine the integration tests run against: the same tests, engine-specific facts only where they differ. */
export type TestTarget = {engine: 'dockerd' | 'podman'; host: string; podman: boolean};
export const testTargets: readonly TestTarget[] = [
	{engine: 'dockerd', host: testDockerHost, podman: false},
	{engine: 'podman', host: testPodmanHost, podman: true},
];

/** describe() once per engine, each skipped when its engine is not up (global setup prints why). */
export function describeEngines(title: string, body: (target: TestTarget) => void): void {
	for (const target of testTargets) describe.skipIf(!target.host)(`${title} [${target.engine}]`, () => body(target));
}

/** A name unique to this test run, so parallel test files never touch each other's containers. */
export function uniqueName(prefix: string): string {
	return `dh-${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Label put on every container a test creates; cleanup removes only those. */
export const testLabel = 'dockhand.test';
