// The built binary in tmux against each engine (dockerd and Podman's Docker-compatible API): the
// header names the engine, the list shows its containers, and volumes and networks removed by
// another client leave the screen (Podman: volume events named only in attributes, no network events).
import {afterAll, afterEach, expect, it} from 'vitest';
import {dockerRequest} from '../store/test-containers.js';
import {describeEngines, needs, testImage, testLabel, uniqueName} from '../support/daemon.js';
import {cliCommand, ensureBuilt, startTmux, type TmuxSession} from './tmux.js';

describeEngines('dockhand in a terminal', ({host, podman}) => {
	const prefix = uniqueName('engines');
	const ids: string[] = [];
	let session: TmuxSession | undefined;
	afterEach(async () => {
		await session?.kill();
		session = undefined;
	});
	afterAll(async () => {
		await Promise.all(ids.map(id => dockerRequest(host, 'DELETE', `/containers/${id}?force=1`).catch(() => undefined)));
		for (const suffix of ['vol-a', 'vol-b', 'net']) {
			await dockerRequest(host, 'DELETE', `/volumes/${prefix}-${suffix}`).catch(() => undefined);
			await dockerRequest(host, 'DELETE', `/networks/${prefix}-${suffix}`).catch(() => undefined);
		}
	});

	const open = async (args: string[] = []) => {
		ensureBuilt();
		session = await startTmux({columns: 200, rows: 40, command: cliCommand(args), env: {DOCKER_HOST: host}});
		await session.waitForText(/● connected/, 15_000);
		return session;
	};

	it(`names ${podman ? 'Podman' : 'the Docker Engine'} in the header and lists its containers`, async () => {
		const name = `${prefix}-web`;
		const created = await dockerRequest(host, 'POST', `/containers/create?name=${name}`, {Image: testImage, Cmd: ['sh', '-c', 'trap exit TERM; while :; do sleep 1; done'], Labels: {[testLabel]: '1'}, HostConfig: {NetworkMode: 'none'}});
		expect(created.status).toBe(201);
		ids.push((JSON.parse(created.body) as {Id: string}).Id);
		await dockerRequest(host, 'POST', `/containers/${name}/start`);
		const app = await open();
		const rowOf = (screen: string) => screen.split('\n').find(line => line.includes(name) && !line.includes('NAME'));
		const screen = await app.waitUntil(current => /running\s+up \d/.test(rowOf(current) ?? ''));
		const version = (JSON.parse((await dockerRequest(host, 'GET', '/version')).body) as {Version: string}).Version;
		expect(screen.split('\n')[0]).toContain(podman ? `Podman ${version}` : `Engine ${version}`);
		const row = rowOf(screen)!;
		expect(row).not.toContain('()');
	});

	it.skipIf(!podman && !needs('real-daemon', 'creates volumes and networks; the demo engine has a fixed set'))('volumes pruned and a network removed by another client leave the Volumes and Networks tabs', async () => {
		const label = {'dockhand.case': prefix};
		for (const suffix of ['vol-a', 'vol-b']) expect((await dockerRequest(host, 'POST', '/volumes/create', {Name: `${prefix}-${suffix}`, Labels: label})).status).toBe(201);
		expect((await dockerRequest(host, 'POST', '/networks/create', {Name: `${prefix}-net`, Labels: label})).status).toBe(201);
		const app = await open(['--poll-interval', '1']);
		await app.sendKeys('3');
		await app.waitUntil(screen => screen.includes(`${prefix}-vol-a`) && screen.includes(`${prefix}-vol-b`));
		const pruned = await dockerRequest(host, 'POST', `/volumes/prune?filters=${encodeURIComponent(JSON.stringify({label: [`dockhand.case=${prefix}`]}))}`);
		expect(pruned.status).toBe(200);
		expect(pruned.body).toContain(`${prefix}-vol-a`);
		await app.waitUntil(screen => !screen.includes(`${prefix}-vol-`), 10_000);
		await app.sendKeys('4');
		await app.waitForText(`${prefix}-net`);
		expect((await dockerRequest(host, 'DELETE', `/networks/${prefix}-net`)).status).toBe(204);
		// Podman sends no network event: the poll (1 s here; every poll re-lists on Podman) takes the row away
		await app.waitUntil(screen => !screen.includes(`${prefix}-net`), 10_000);
	});

	it.skipIf(!podman && !needs('real-daemon', 'real cgroup CPU of a busy process'))("CPU and MEM columns and the stats view show sane figures (Podman: a sample every 5 s, one-shots without precpu, memory only usage/limit)", async () => {
		const name = `${prefix}-busy`;
		const created = await dockerRequest(host, 'POST', `/containers/create?name=${name}`, {Image: testImage, Cmd: ['sh', '-c', 'trap exit TERM; while :; do :; done'], Labels: {[testLabel]: '1'}, HostConfig: {NetworkMode: 'none'}});
		expect(created.status).toBe(201);
		const id = (JSON.parse(created.body) as {Id: string}).Id;
		ids.push(id);
		await dockerRequest(host, 'POST', `/containers/${id}/start`);
		try {
			const app = await open();
			const rowOf = (screen: string) => screen.split('\n').find(line => line.includes(`${name} `) && !line.includes('NAME')) ?? '';
			// a busy loop: well above 5 % even on a loaded machine; MEM a few hundred kB, never the limit
			const percent = (screen: string) => Number(/\s(\d+(?:\.\d)?)%/.exec(rowOf(screen).slice(rowOf(screen).indexOf(name)))?.[1] ?? Number.NaN);
			const screen = await app.waitUntil(current => percent(current) > 5, 25_000);
			expect(percent(screen)).toBeLessThan(400);
			expect(rowOf(screen)).toMatch(/%\s+\d+(?:\.\d+)?[kM]?B\s/);
			expect(screen).not.toMatch(/NaN|undefined|Infinity/);
			await app.sendText('/');
			await app.sendText(name);
			await app.sendKeys('Enter');
			await app.waitForText('(1/');
			await app.sendKeys('m');
			const view = await app.waitUntil(current => current.includes(`${name} · stats`) && /│CPU\s+\d/.test(current) && /│MEM\s+\d+(?:\.\d+)?[kM]?B \/ /.test(current), 25_000);
			expect(view).not.toContain(`/${name}`);
			expect(view).not.toMatch(/NaN|undefined|Infinity/);
		} finally {
			await dockerRequest(host, 'DELETE', `/containers/${id}?force=1`);
		}
	}, 90_000);
});
