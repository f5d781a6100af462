// `i` on a real container at 80×24: the overview shows its label, the env section masks
// DB_PASSWORD until `u`, the raw JSON masks it too, the mounts section shows its volume; every
// screen keeps its header, footer and 80 columns.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {containerAction, createContainer, dockerRequest, removeTestContainers} from '../store/test-containers.js';
import {describeDaemon, needs, testDockerHost, uniqueName} from '../support/daemon.js';
import {displayWidth} from '../../source/ui/text/display-width.js';
import {startTmux, type TmuxSession} from './tmux.js';

const name = uniqueName('insp');
const volume = `${name}-data`;
const ids: string[] = [];
let session: TmuxSession | undefined;

/** The screen is whole: 24 rows of at most 80 cells, header first, key hints last. */
function expectIntact(screen: string) {
	const rows = screen.replace(/\n$/, '').split('\n');
	expect(rows.length).toBeLessThanOrEqual(24);
	for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(80);
	expect(rows[0]).toMatch(/^dockhand/);
	expect(rows.at(-1)).toMatch(/\b(quit|close)\b/); // the key hints, not content pushed down
}

describeDaemon('inspect view (real daemon, tmux 80×24)', () => {
	beforeAll(async () => {
		await dockerRequest(testDockerHost, 'POST', '/volumes/create', {Name: volume, Labels: {'dockhand.test': '1'}});
		const created = await createContainer(testDockerHost, 'insp', {
			name,
			env: ['DB_PASSWORD=hunter2-very-secret', 'APP_MODE=production'],
			labels: {'com.example.team': 'payments'},
			binds: [`${volume}:/var/lib/data`],
		});
		ids.push(created.id);
		await containerAction(testDockerHost, created.id, 'start');
	});
	afterAll(async () => {
		await session?.kill();
		await removeTestContainers(testDockerHost, ids);
		await dockerRequest(testDockerHost, 'DELETE', `/volumes/${volume}`);
	});

	it.skipIf(!needs('real-daemon', 'reads back Env and a volume mount of the container it made; demo containers keep neither'))('shows the label, the env with DB_PASSWORD masked (raw too) until u, and the volume mount', async () => {
		session = await startTmux({columns: 80, rows: 24, env: {DOCKER_HOST: testDockerHost}});
		await session.waitForText(name);
		await session.sendText('/');
		await session.sendText(name);
		await session.sendKeys('Enter');
		await session.waitForText(/filter: .* · Esc clears/);
		await session.sendKeys('i');
		const overview = await session.waitForText(/o:overview e:env/);
		expectIntact(overview);
		await session.sendKeys('G'); // labels are at the end of the overview
		expectIntact(await session.waitForText(/com\.example\.team\s+payments/));

		await session.sendKeys('e');
		const env = await session.waitForText(/APP_MODE\s+production/);
		expect(env).toMatch(/DB_PASSWORD\s+••••••/);
		expect(env).not.toContain('hunter2');
		expectIntact(env);

		await session.sendKeys('r', '/');
		await session.sendText('DB_PASS');
		await session.sendKeys('Enter');
		const raw = await session.waitForText(/"DB_PASSWORD=••••••"/);
		expect(raw).not.toContain('hunter2');
		expectIntact(raw);

		await session.sendKeys('Escape'); // clears the search (alone: Esc then a key would read as Alt+key)
		await session.waitUntil(screen => !screen.includes('lines match'));
		await session.sendKeys('e', 'u');
		expectIntact(await session.waitForText(/DB_PASSWORD\s+hunter2-very-secret/));

		await session.sendKeys('m');
		const mounts = await session.waitForText(/volume\s+│\s+\S*insp\S*\s+│\s+\/var\/lib\/data/);
		expect(mounts).toMatch(/│\s+rw\s+│/);
		expectIntact(mounts);
	});

	it.skipIf(!needs('real-daemon', 'mounts a volume into a container and reads its size from /system/df; demo containers mount nothing'))('the volume detail names the container mounting it, where, and the size /system/df measured', async () => {
		await session?.kill();
		session = await startTmux({columns: 80, rows: 24, env: {DOCKER_HOST: testDockerHost}});
		await session.waitForText(name);
		await session.sendKeys('3');
		await session.waitForText(volume);
		await session.sendText('/');
		await session.sendText(volume);
		await session.sendKeys('Enter');
		await session.waitForText(/filter: .* · Esc clears/);
		const detail = await session.waitForText(/used by \(1\)/);
		expect(detail).toMatch(new RegExp(`${name}\\s+running · /var/lib/data \\(rw\\)`));
		expectIntact(await session.waitForText(/size\s+\d+(\.\d+)?k?B/));
	});

	it('the daemon info view (I) reads the real daemon and fits 80×24', async () => {
		await session?.kill();
		session = await startTmux({columns: 80, rows: 24, env: {DOCKER_HOST: testDockerHost}});
		await session.waitForText(name);
		await session.sendKeys('I');
		const info = await session.waitUntil(screen => /daemon max 1\.\d+/.test(screen) && /storage\s+\S+/.test(screen));
		expect(info).toMatch(/API\s+1\.\d+ in use · daemon max 1\.\d+ · min 1\.\d+/);
		expect(info).toMatch(/storage\s+\S+/);
		expectIntact(info);
		await session.sendKeys(...Array.from({length: 10}, () => 'j')); // the disk usage table is below
		const disk = await session.waitForText(/│ volumes\s+│ \d+\s+│ \d+\s+│/);
		expect(disk).toMatch(/│ images\s+│ \d+\s+│ \d+\s+│ \S+\s+│ \S+/);
		expectIntact(disk);
		await session.sendKeys('Escape');
		await session.waitUntil(screen => !screen.includes('disk usage'));
	});
});
