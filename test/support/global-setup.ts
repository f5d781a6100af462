// Finds the test daemon once for the whole run. Under CI a missing daemon fails the run; elsewhere
// (no dockerd, or DOCKHAND_TEST_ENGINE=demo) the suite runs against the demo engine, said loudly,
// and tests that need real containers skip with their reason (needs() in daemon.ts).
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import http from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {TestProject} from 'vitest/node';
import {startDemoEngine} from '../../source/demo-engine/server.js';

declare module 'vitest' {
	export interface ProvidedContext {
		dockerHost: string;
		/** 'real': a dockerd; 'demo': the built-in demo engine; '': none (integration tests skip) */
		testEngine: 'real' | 'demo' | '';
		podmanHost: string;
	}
}

function candidates(): string[] {
	const list = [process.env.DOCKHAND_TEST_DOCKER_HOST, process.env.DOCKER_HOST, 'unix:///run/dockhand-test/docker.sock'];
	return list.filter((h): h is string => Boolean(h && h.startsWith('unix://')));
}

function ping(host: string): Promise<boolean> {
	return new Promise(resolve => {
		const req = http.get({socketPath: host.slice('unix://'.length), path: '/_ping', timeout: 2000}, res => {
			res.resume();
			resolve(res.statusCode === 200);
		});
		req.on('error', () => resolve(false));
		req.on('timeout', () => {
			req.destroy();
			resolve(false);
		});
	});
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtHere = new Set(['dist', 'node_modules', 'coverage']);

/** Tests write their files to temporary folders: one that appears in the project fails the run. */
function leftInTheProject(): () => void {
	const before = new Set(readdirSync(root));
	return () => {
		const added = readdirSync(root).filter(name => !before.has(name) && !builtHere.has(name));
		if (added.length > 0) throw new Error(`tests left files in the project folder (write them to a temporary directory): ${added.join(', ')}`);
	};
}

const testImage = process.env.DOCKHAND_TEST_IMAGE ?? 'dockhand-test/busybox:1';

/** The demo engine speaking API 1.41 like CI's dockerd, with the test image tests create containers from. */
async function startDemo(): Promise<{host: string; close: () => Promise<void>}> {
	const dir = mkdtempSync(join(tmpdir(), 'dh-test-demo-'));
	const engine = await startDemoEngine({socketPath: join(dir, 'docker.sock'), apiVersion: '1.41'});
	const busybox = engine.world.images.find(image => image.tags.some(tag => tag.startsWith('busybox:')))!;
	engine.world.images.push({...busybox, id: `sha256:${'7e57'.repeat(16)}`, tags: [testImage]});
	return {
		host: `unix://${engine.socketPath}`,
		close: async () => {
			await engine.close();
			rmSync(dir, {recursive: true, force: true});
		},
	};
}

/** Podman runs the same integration tests where it can start; where it cannot, the reason is printed. */
async function findPodman(project: TestProject): Promise<void> {
	const host = process.env.DOCKHAND_TEST_PODMAN_HOST || 'unix:///run/dockhand-podman/podman.sock';
	if (await ping(host)) {
		project.provide('podmanHost', host);
		return;
	}
	// .ci/run starts Podman and passes the reason when it cannot; a plain `npm test` may run without it
	const reason = process.env.DOCKHAND_TEST_PODMAN_SKIP;
	console.warn(`\n*** Podman tests are SKIPPED: ${reason || `nothing answers on ${host} (bash test/support/podman.sh start)`} ***\n`);
	project.provide('podmanHost', '');
}

export default async function setup(project: TestProject) {
	const teardown = leftInTheProject();
	await findPodman(project);
	const wanted = process.env.DOCKHAND_TEST_ENGINE ?? '';
	if (wanted !== 'demo') {
		for (const host of candidates()) {
			if (await ping(host)) {
				project.provide('dockerHost', host);
				project.provide('testEngine', 'real');
				return teardown;
			}
		}
		if (process.env.CI === 'true') {
			throw new Error('CI=true but no test dockerd answers /_ping (run: bash test/support/dockerd.sh start); CI never falls back to the demo engine');
		}
	}
	if (wanted === 'none') {
		console.warn('\n*** DOCKHAND_TEST_ENGINE=none: integration and e2e tests are SKIPPED ***\n');
		project.provide('dockerHost', '');
		project.provide('testEngine', '');
		return teardown;
	}
	const demo = await startDemo();
	const why = wanted === 'demo' ? 'DOCKHAND_TEST_ENGINE=demo' : `no test dockerd answers (tried ${candidates().join(', ') || 'nothing'})`;
	console.warn(`\n*** ${why}: integration and e2e tests run against the DEMO ENGINE at ${demo.host}; tests that need real containers are skipped with their reason ***\n`);
	project.provide('dockerHost', demo.host);
	project.provide('testEngine', 'demo');
	return async () => {
		await demo.close();
		teardown();
	};
}
