// Switching daemons inside the app (x, Enter), the built binary in tmux: two real dockerds as the
// contexts "first" and "second". The list changes to the other daemon's containers, the header
// names the context, and the old daemon's connections are all closed (counted by a socket proxy).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createContainer, removeTestContainers} from '../store/test-containers.js';
import {dockerHome} from '../engine/docker-config-fixture.js';
import {testDockerHost, uniqueName} from '../support/daemon.js';
import {secondDaemonUnavailable, startSecondDaemon, type SecondDaemon} from '../support/second-dockerd.js';
import {startSocketProxy, type SocketProxy} from '../support/socket-proxy.js';
import {cliCommand, ensureBuilt, startTmux, type TmuxSession} from './tmux.js';

const unavailable = !testDockerHost ? 'no test daemon' : secondDaemonUnavailable();
if (unavailable) console.warn(`contexts-switch: SKIPPED (${unavailable})`);

const scratch = mkdtempSync(join(tmpdir(), 'dh-switch-'));
const prefix = uniqueName('ctx');
let second: SecondDaemon | undefined;
let proxy: SocketProxy | undefined;
let app: TmuxSession | undefined;
const firstIds: string[] = [];
const secondIds: string[] = [];

/** `/` then the shared prefix: only this test's container on the daemon in use is left. */
async function filterToPrefix(session: TmuxSession) {
	await session.sendKeys('/');
	await session.waitForText(/^\/.*\(\d+\/\d+\)/m);
	await session.sendText(prefix);
	await session.sendKeys('Enter');
}

describe.skipIf(Boolean(unavailable))('contexts switched inside the app (two real daemons)', () => {
	beforeAll(async () => {
		ensureBuilt();
		second = await startSecondDaemon('ctx');
		console.info(`contexts-switch: second dockerd started in ${second.startedInMs} ms`);
		proxy = await startSocketProxy(testDockerHost.slice('unix://'.length));
		firstIds.push((await createContainer(testDockerHost, 'ctx', {name: `${prefix}-on-first`})).id);
		secondIds.push((await createContainer(second.host, 'ctx', {name: `${prefix}-on-second`})).id);
	}, 120_000);

	afterAll(async () => {
		await app?.kill();
		await removeTestContainers(testDockerHost, firstIds);
		await proxy?.close();
		await second?.stop();
		rmSync(scratch, {recursive: true, force: true});
	}, 90_000);

	it('x lists both contexts with their engines; Enter on "second" shows its containers and names it in the header; back again', async () => {
		const {config} = dockerHome(scratch, {
			currentContext: 'first',
			contexts: {first: {host: proxy!.host, description: 'daemon one'}, second: {host: second!.host, description: 'daemon two'}},
		});
		// DOCKER_HOST would win over the contexts: the app starts without it
		app = await startTmux({command: `env -u DOCKER_HOST ${cliCommand()}`, columns: 160, rows: 30, env: {DOCKER_CONFIG: config, HOME: scratch}});
		await app.waitForText(/● connected .*\(context first\)/, 20_000);
		await filterToPrefix(app);
		let screen = await app.waitForText(`${prefix}-on-first`);
		expect(screen).not.toContain(`${prefix}-on-second`);

		await app.sendKeys('x');
		screen = await app.waitUntil(text => /^\s+second\s+daemon two\s+.*● Engine \d+\.\d+/m.test(text) && /^\* first\s+daemon one\s+.*● Engine/m.test(text), 15_000);
		expect(screen).toMatch(/^\s+default\s+the local daemon/m);
		// the selection starts on the context in use; the next row is "second"
		await app.sendKeys('j', 'Enter');
		screen = await app.waitForText(/● connected .*unix:\/\/\/run\/dh-ctx-\d+\/docker\.sock \(context second\)/, 20_000);
		await filterToPrefix(app);
		screen = await app.waitForText(`${prefix}-on-second`);
		expect(screen).not.toContain(`${prefix}-on-first`);
		// the first daemon's streams and pooled sockets are gone, not left open behind the new session
		await app.waitUntil(() => proxy!.openConnections() === 0, 10_000).catch(() => {
			throw new Error(`${proxy!.openConnections()} connections to the first daemon still open after the switch`);
		});

		await app.sendKeys('x');
		await app.waitForText(/^\* second\s+daemon two/m, 10_000);
		await app.sendKeys('k', 'Enter');
		await app.waitForText(/● connected .*\(context first\)/, 20_000);
		await filterToPrefix(app);
		screen = await app.waitForText(`${prefix}-on-first`);
		expect(screen).not.toContain(`${prefix}-on-second`);
		expect(proxy!.openConnections()).toBeGreaterThan(0);
	}, 120_000);

	it('started on a daemon that is not there (--context gone), x still switches to one that is', async () => {
		await app?.kill();
		const {config} = dockerHome(scratch, {contexts: {gone: {host: 'unix:///nonexistent/docker.sock'}, live: {host: second!.host}}});
		app = await startTmux({command: `env -u DOCKER_HOST ${cliCommand(['--context', 'gone'])}`, columns: 160, rows: 30, env: {DOCKER_CONFIG: config, HOME: scratch}});
		await app.waitForText('Cannot reach the Docker daemon', 20_000);
		await app.sendKeys('x');
		await app.waitUntil(text => /^\* gone\s+.*✖ /m.test(text) && /^\s+live\s+.*● Engine/m.test(text), 15_000);
		await app.sendKeys('j', 'Enter');
		await app.waitForText(/● connected .*\(context live\)/, 20_000);
		await filterToPrefix(app);
		await app.waitForText(`${prefix}-on-second`);
	}, 60_000);
});
