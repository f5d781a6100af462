// The prune menu measured on the real daemon (its /system/df shape), stopping at the dialog:
// a shared test daemon must never be pruned for real.
import {afterAll, beforeAll, expect, it} from 'vitest';
import {createEngine} from '../../source/engine/create-engine.js';
import {resolveEndpoint} from '../../source/engine/endpoint.js';
import type {Engine} from '../../source/engine/types.js';
import {createActionService} from '../../source/store/actions/action-service.js';
import {describeDaemon, testDockerHost, uniqueName} from '../support/daemon.js';
import {fakeStore} from '../store/actions/fakes.js';
import {createTestContainer, removeContainers} from './actions-fixtures.js';

describeDaemon('prune estimates on the real daemon', () => {
	let engine: Engine;
	let stopped: string;
	const name = uniqueName('prune');

	beforeAll(async () => {
		engine = createEngine(resolveEndpoint({host: testDockerHost}));
		stopped = await createTestContainer(name);
	});

	afterAll(async () => {
		await removeContainers([stopped]);
		await engine?.close();
	});

	it('the menu counts a stopped container and the dialog names it before anything is removed', async () => {
		const service = createActionService(engine, fakeStore());
		const menu = await service.pruneMenu('containers');
		expect(menu.kind).toBe('choose');
		if (menu.kind !== 'choose') return;
		expect(menu.choices.map(choice => choice.label)).toEqual(['stopped containers', 'dangling images', 'unused images (tagged too)', 'unused volumes', 'unused networks']);
		expect(menu.choices[0]!.detail).toMatch(/^\d+ · [\d.]+ [kMG]?B$/);
		const dialog = await menu.choices[0]!.proceed();
		expect(dialog.kind).toBe('confirm');
		if (dialog.kind !== 'confirm') return;
		expect(dialog.title).toMatch(/^Remove \d+ stopped containers?\?$/);
		// The list is capped at 8 names; with other suites' containers around, ours may be in the tail.
		expect(dialog.lines.some(line => line === name || /^… and \d+ more$/.test(line))).toBe(true);
		expect(dialog.lines.at(-1)).toMatch(/^Frees about .+\.$/);
	});
});
