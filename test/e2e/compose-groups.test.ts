// Compose projects in the container list, from containers created with the compose labels directly:
// the project row, Space/Enter on it (all its containers: merged logs, the confirmation names
// each), z folds, C returns to the flat list.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {containerAction, dockerRequest, removeTestContainers} from '../store/test-containers.js';
import {describeDaemon, needs, testDockerHost, testImage, testLabel, uniqueName} from '../support/daemon.js';
import {startTmux, type TmuxSession} from './tmux.js';

const project = uniqueName('proj');
const ids: string[] = [];
let session: TmuxSession | undefined;

async function createMember(service: string): Promise<string> {
	const labels = {
		[testLabel]: '1',
		'com.docker.compose.project': project,
		'com.docker.compose.service': service,
		'com.docker.compose.project.working_dir': `/srv/${project}`,
	};
	const body = {Image: testImage, Cmd: ['sh', '-c', `trap exit TERM; echo hello from ${service}; while :; do sleep 1; done`], Labels: labels, HostConfig: {NetworkMode: 'none'}};
	const answer = await dockerRequest(testDockerHost, 'POST', `/containers/create?name=${project}-${service}-1`, body);
	const {Id} = JSON.parse(answer.body) as {Id: string};
	ids.push(Id);
	return Id;
}

describeDaemon('compose projects in the container list', () => {
	beforeAll(async () => {
		await containerAction(testDockerHost, await createMember('web'), 'start');
		await containerAction(testDockerHost, await createMember('api'), 'start');
		await createMember('db');
	});
	afterAll(async () => {
		await session?.kill();
		await removeTestContainers(testDockerHost, ids);
	});

	it.skipIf(!needs('real-daemon', "waits for lines its containers' commands print; demo containers run no process"))('group under a project row; Space/Enter take all its containers; z folds; C flattens', async () => {
		session = await startTmux({columns: 220, rows: 30, env: {DOCKER_HOST: testDockerHost}});
		const screen = await session.waitUntil(text => text.includes(`db · ${project}-db-1`), 10_000);
		const projectLine = screen.split('\n').find(line => new RegExp(`▾ ${project}\\s`).test(line));
		expect(projectLine).toMatch(/2\/3\s+\/srv\//);
		expect(screen).toContain(`web · ${project}-web-1`);
		expect(screen).toContain(`api · ${project}-api-1`);
		// select the project row
		await session.sendText('/');
		await session.sendText(project);
		await session.sendKeys('Enter');
		await session.sendKeys('g');
		await session.sendKeys('Enter');
		const logs = await session.waitUntil(text => text.includes('logs of 3 marked') && text.includes('hello from web') && text.includes('hello from api'), 10_000);
		expect(logs).toContain('3 containers merged');
		await session.sendKeys('Tab');
		await session.sendKeys('d');
		const dialog = await session.waitForText('Force-remove 3 containers?');
		for (const service of ['web', 'api', 'db']) expect(dialog).toContain(`${project}-${service}-1`);
		await session.sendKeys('n');
		await session.waitUntil(text => !text.includes('Force-remove'), 5000);
		// Space again on the project row: all unmarked
		await session.sendKeys('Space');
		await session.waitUntil(text => !text.includes('marked'), 5000);
		await session.sendKeys('z');
		await session.waitUntil(text => text.includes(`▸ ${project}`) && !text.includes(`web · ${project}-web-1`), 5000);
		await session.sendKeys('C');
		const flat = await session.waitUntil(text => text.includes(`${project}-web-1`) && !text.includes(`▸ ${project}`), 5000);
		expect(flat).not.toContain('web · ');
	}, 60_000);
});
