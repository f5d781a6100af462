import {describe, expect, it} from 'vitest';
import {createActionService} from '../../../source/store/actions/action-service.js';
import type {Outcome} from '../../../source/store/actions/types.js';
import {apiError, container, fakeEngine, fakeStore} from './fakes.js';

const web = container({id: 'w1', name: 'web', state: 'running'});
const db = container({id: 'd1', name: 'db', state: 'running'});
const job = container({id: 'j1', name: 'job', state: 'exited'});
const zzz = container({id: 'z1', name: 'zzz', state: 'paused'});
const store = fakeStore({containers: [web, db, job, zzz]});

function expectMessage(outcome: Outcome, level: 'info' | 'error', text: string | RegExp) {
	expect(outcome.kind).toBe('message');
	if (outcome.kind !== 'message') return;
	expect(outcome.level).toBe(level);
	if (typeof text === 'string') expect(outcome.text).toBe(text);
	else expect(outcome.text).toMatch(text);
}

async function confirm(outcome: Outcome): Promise<Outcome> {
	expect(outcome.kind).toBe('confirm');
	if (outcome.kind !== 'confirm') throw new Error('not a confirmation');
	return outcome.proceed();
}

describe('state-aware start/stop and pause/unpause', () => {
	it('stops a running container and starts an exited one', async () => {
		const {engine, calls} = fakeEngine();
		const service = createActionService(engine, store);
		expectMessage(await service.toggleRun(['w1']), 'info', 'stopped web');
		expectMessage(await service.toggleRun(['j1']), 'info', 'started job');
		expect(calls).toEqual([{method: 'stopContainer', args: ['w1', {t: 10}]}, {method: 'startContainer', args: ['j1']}]);
	});

	it("sends the stop timeout with stop and restart: the container's own when it sets one, else 10 s (Podman kills at once without it)", async () => {
		const slow = container({id: 's1', name: 'slow', state: 'running', stopTimeout: 30});
		const {engine, calls} = fakeEngine();
		const service = createActionService(engine, fakeStore({containers: [web, slow]}));
		await service.toggleRun(['s1']);
		await service.restart(['s1']);
		await service.restart(['w1']);
		expect(calls).toEqual([
			{method: 'stopContainer', args: ['s1', {t: 30}]},
			{method: 'restartContainer', args: ['s1', {t: 30}]},
			{method: 'restartContainer', args: ['w1', {t: 10}]},
		]);
	});

	it('stops a paused container on Podman, which refuses that (500 "container state improper"), by unpausing it first', async () => {
		let refused = false;
		const {engine, calls} = fakeEngine({stopContainer: async () => {
			if (refused) return 'stopped';
			refused = true;
			throw apiError(500, 'container z1 is running or paused, refusing to clean up: container state improper');
		}});
		expectMessage(await createActionService(engine, store).toggleRun(['z1']), 'info', 'stopped zzz');
		expect(calls.map(call => call.method)).toEqual(['stopContainer', 'unpauseContainer', 'stopContainer']);
	});

	it('says a container was already stopped when the daemon answers 304', async () => {
		const {engine} = fakeEngine({stopContainer: async () => 'already-stopped'});
		expectMessage(await createActionService(engine, store).toggleRun(['w1']), 'info', 'web was already stopped');
	});

	it('pauses a running container and unpauses a paused one', async () => {
		const {engine, methods} = fakeEngine();
		const service = createActionService(engine, store);
		expectMessage(await service.togglePause(['w1']), 'info', 'paused web');
		expectMessage(await service.togglePause(['z1']), 'info', 'unpaused zzz');
		expectMessage(await service.togglePause(['j1']), 'info', 'job is exited: nothing to pause or unpause');
		expect(methods()).toEqual(['pauseContainer', 'unpauseContainer']);
	});
});

describe('bulk over marked containers', () => {
	it('confirms a stop of several, naming them, and stops only the running ones', async () => {
		const {engine, calls} = fakeEngine();
		const outcome = await createActionService(engine, store).toggleRun(['w1', 'd1', 'j1']);
		expect(outcome).toMatchObject({kind: 'confirm', title: 'Stop 2 containers?'});
		if (outcome.kind !== 'confirm') return;
		expect(outcome.lines.join('\n')).toMatch(/web.*\n.*db/);
		expect(calls).toEqual([]); // nothing sent before y
		expectMessage(await outcome.proceed(), 'info', 'stopped 2 containers; skipped job (exited)');
		expect(calls.map(call => call.args[0]).sort()).toEqual(['d1', 'w1']);
	});

	it('reports partial failure with the daemon reason and the count', async () => {
		const {engine} = fakeEngine({restartContainer: async (id: string) => {
			if (id === 'd1') throw apiError(500, 'Cannot restart container d1: oci runtime error');
		}});
		expectMessage(await createActionService(engine, store).restart(['w1', 'd1']), 'error', 'restarted 1 of 2; the daemon failed to restart db: Cannot restart container d1: oci runtime error');
	});
});

describe('refusals become plain messages', () => {
	it('404 says the container is gone', async () => {
		const {engine} = fakeEngine({pauseContainer: async () => {
			throw apiError(404, 'No such container: w1');
		}});
		expectMessage(await createActionService(engine, store).togglePause(['w1']), 'error', 'web no longer exists (No such container: w1)');
	});

	it('409 carries the daemon message with ids shortened', async () => {
		const long = 'a'.repeat(64);
		const {engine} = fakeEngine({pauseContainer: async () => {
			throw apiError(409, `Container ${long} is not running`);
		}});
		expectMessage(await createActionService(engine, store).togglePause(['w1']), 'error', `could not pause web: Container ${'a'.repeat(12)} is not running`);
	});

	it('a connection failure is described in one line', async () => {
		const {engine} = fakeEngine({startContainer: async () => {
			throw new Error('cannot reach the Docker daemon at unix:///fake.sock');
		}});
		expectMessage(await createActionService(engine, store).toggleRun(['j1']), 'error', /^could not start job: .*cannot reach the Docker daemon/);
	});
});

describe('kill and signals', () => {
	it('confirms before SIGKILL and names the target', async () => {
		const {engine, calls} = fakeEngine();
		const outcome = await createActionService(engine, store).kill(['w1']);
		expect(outcome).toMatchObject({kind: 'confirm', title: 'Kill web (SIGKILL)?'});
		expect(calls).toEqual([]);
		expectMessage(await confirm(outcome), 'info', 'killed web');
		expect(calls).toEqual([{method: 'killContainer', args: ['w1', 'SIGKILL']}]);
	});

	it('the signal chooser leads to a confirmation for the chosen signal', async () => {
		const {engine, calls} = fakeEngine();
		const menu = await createActionService(engine, store).chooseSignal(['w1', 'j1']);
		expect(menu.kind).toBe('choose');
		if (menu.kind !== 'choose') return;
		const hup = menu.choices.find(choice => choice.label === 'SIGHUP')!;
		const ask = await hup.proceed();
		expect(ask).toMatchObject({kind: 'confirm', title: 'Send SIGHUP to web?'});
		expectMessage(await confirm(ask), 'info', 'sent SIGHUP to web');
		expect(calls).toEqual([{method: 'killContainer', args: ['w1', 'SIGHUP']}]);
	});
});

describe('remove', () => {
	it('a running container is offered force-removal, and force is sent only for it', async () => {
		const {engine, calls} = fakeEngine();
		const outcome = await createActionService(engine, store).removeContainers(['w1', 'j1']);
		expect(outcome).toMatchObject({kind: 'confirm', title: 'Force-remove 2 containers? (1 of them is running and will be killed)'});
		expectMessage(await confirm(outcome), 'info', 'removed 2 containers');
		expect(calls).toEqual([
			{method: 'removeContainer', args: ['w1', {force: true, volumes: undefined}]},
			{method: 'removeContainer', args: ['j1', {force: false, volumes: undefined}]},
		]);
	});

	it('asks to remove anonymous volumes when requested', async () => {
		const {engine, calls} = fakeEngine();
		const outcome = await createActionService(engine, store).removeContainers(['j1'], {volumes: true});
		expect(outcome).toMatchObject({kind: 'confirm', title: 'Remove job and anonymous volumes?'});
		await confirm(outcome);
		expect(calls[0]!.args).toEqual(['j1', {force: false, volumes: true}]);
	});

	it('a container that started meanwhile (409) gets a force offer with the daemon reason', async () => {
		const {engine, calls} = fakeEngine({removeContainer: async (_id: string, options: {force: boolean}) => {
			if (!options.force) throw apiError(409, 'You cannot remove a running container j1. Stop the container before attempting removal or force remove');
		}});
		const offer = await confirm(await createActionService(engine, store).removeContainers(['j1']));
		expect(offer).toMatchObject({kind: 'confirm', title: 'Force-remove job?'});
		if (offer.kind !== 'confirm') return;
		expect(offer.lines[0]).toBe('The daemon refused: You cannot remove a running container j1. Stop the container before attempting removal or force remove');
		expectMessage(await offer.proceed(), 'info', 'removed job');
		expect(calls.map(call => call.args[1])).toEqual([{force: false, volumes: undefined}, {force: true, volumes: undefined}]);
	});
});

describe('images, volumes, networks', () => {
	const image = {id: 'sha256:' + 'c'.repeat(64), tags: ['app:1'], size: 1000, createdAt: 0, containers: 1, dangling: false, labels: {}};
	const resources = fakeStore({images: [image], volumes: [{name: 'data', driver: 'local', mountpoint: '/x', createdAt: null, labels: {}, scope: 'local'}]});

	it('image remove refused with 409 offers force with the daemon reason, then forces', async () => {
		const reason = `conflict: unable to delete ${'c'.repeat(12)} (must be forced) - image is being used by stopped container ${'d'.repeat(64)}`;
		const {engine, calls} = fakeEngine({removeImage: async (_id: string, options: {force: boolean}) => {
			if (!options.force) throw apiError(409, reason);
			return [{Deleted: image.id}];
		}});
		const offer = await confirm(await createActionService(engine, resources).removeResource('image', image.id));
		expect(offer).toMatchObject({kind: 'confirm', title: 'Force-remove app:1?', lines: [`The daemon refused: conflict: unable to delete ${'c'.repeat(12)} (must be forced) - image is being used by stopped container ${'d'.repeat(12)}`]});
		expectMessage(await confirm(offer), 'info', 'removed app:1');
		expect(calls.map(call => call.args[1])).toEqual([{force: false}, {force: true}]);
	});

	it('an image with several tags: removes the tag the row shows, by name, and says the others remain', async () => {
		const tagged = {...image, id: 'sha256:' + 'e'.repeat(64), tags: ['local/busybox:1', 'local/busybox:2', 'local/busybox:3']};
		const {engine, calls} = fakeEngine({removeImage: async (ref: string) => [{Untagged: ref}]});
		const dialog = await createActionService(engine, fakeStore({images: [tagged]})).removeResource('image', tagged.id);
		expect(dialog).toMatchObject({kind: 'confirm', title: 'Remove local/busybox:1?', lines: ['Only this tag goes: the image keeps its 2 other tags local/busybox:2, local/busybox:3.']});
		expectMessage(await confirm(dialog), 'info', 'untagged local/busybox:1; the image keeps its 2 other tags local/busybox:2, local/busybox:3');
		expect(calls.map(call => call.args)).toEqual([['local/busybox:1', {force: false}]]);
	});

	it('an untagged image is removed by id; the last tag removes the image', async () => {
		const dangling = {...image, id: 'sha256:' + 'f'.repeat(64), tags: []};
		const {engine, calls} = fakeEngine({removeImage: async (ref: string) => [{Deleted: ref}]});
		const service = createActionService(engine, fakeStore({images: [dangling, image]}));
		expectMessage(await confirm(await service.removeResource('image', dangling.id)), 'info', `removed image ${'f'.repeat(12)}`);
		expectMessage(await confirm(await service.removeResource('image', image.id)), 'info', 'removed app:1');
		expect(calls.map(call => call.args[0])).toEqual([dangling.id, 'app:1']);
	});

	it('a refusal that cannot be forced is reported, with no force offer', async () => {
		const reason = `conflict: unable to delete ${'c'.repeat(12)} (cannot be forced) - image is being used by running container ${'d'.repeat(64)}`;
		const {engine, calls} = fakeEngine({removeImage: async () => {
			throw apiError(409, reason);
		}});
		const outcome = await confirm(await createActionService(engine, resources).removeResource('image', image.id));
		expectMessage(outcome, 'error', `could not remove app:1: conflict: unable to delete ${'c'.repeat(12)} (cannot be forced) - image is being used by running container ${'d'.repeat(12)}`);
		expect(calls).toHaveLength(1);
	});

	it('a volume in use reports the refusal', async () => {
		const {engine} = fakeEngine({removeVolume: async () => {
			throw apiError(409, 'remove data: volume is in use - [abc]');
		}});
		expectMessage(await confirm(await createActionService(engine, resources).removeResource('volume', 'data')), 'error', 'could not remove volume data: remove data: volume is in use - [abc]');
	});

	it('prune shows what it removes and the space it frees before asking, then reports', async () => {
		const {engine, methods} = fakeEngine({
			systemDf: async () => ({LayersSize: 0, Images: [], Volumes: [], Containers: [
				{Id: 'j1', Names: ['/job'], State: 'exited', SizeRw: 1_500_000},
				{Id: 'w1', Names: ['/web'], State: 'running', SizeRw: 9_000_000},
			]}),
			pruneContainers: async () => ({ContainersDeleted: ['j1'], SpaceReclaimed: 1_500_000}),
		});
		const outcome = await createActionService(engine, store).prune('containers');
		expect(outcome).toMatchObject({kind: 'confirm', title: 'Remove 1 stopped container?', lines: ['job', 'Frees about 1.5 MB.']});
		expect(methods()).toEqual(['systemDf']);
		expectMessage(await confirm(outcome), 'info', 'pruned 1 stopped container, 1.5 MB reclaimed');
	});

	it('the prune menu measures once and preselects the tab\'s kind', async () => {
		const {engine, methods} = fakeEngine({
			systemDf: async () => ({LayersSize: 0, Images: [{Id: 'sha256:e', RepoTags: null, Containers: 0, Size: 2_000_000, SharedSize: 0}], Volumes: [], Containers: []}),
			listNetworks: async () => [{Name: 'bridge'}, {Name: 'spare'}],
			listContainers: async () => [],
		});
		const menu = await createActionService(engine, store).pruneMenu('dangling-images');
		expect(menu).toMatchObject({kind: 'choose', initial: 1});
		if (menu.kind !== 'choose') return;
		expect(menu.choices.map(choice => `${choice.label}: ${choice.detail}`)).toEqual([
			'stopped containers: 0 · 0 B',
			'dangling images: 1 · 2.0 MB',
			'unused images (tagged too): 1 · 2.0 MB',
			'unused volumes: 0 · 0 B',
			'unused networks: 1',
		]);
		expect(methods().sort()).toEqual(['listContainers', 'listNetworks', 'systemDf']);
	});
});

describe('read-only and busy', () => {
	it('a read-only session sends nothing and says the action is disabled', async () => {
		const {engine, calls} = fakeEngine({}, {readOnly: true});
		const service = createActionService(engine, store);
		expectMessage(await service.toggleRun(['w1']), 'error', 'read-only session: start/stop is disabled');
		expectMessage(await service.kill(['w1']), 'error', 'read-only session: kill is disabled');
		expectMessage(await service.removeContainers(['w1']), 'error', 'read-only session: remove is disabled');
		expectMessage(await service.pruneMenu(), 'error', 'read-only session: prune is disabled');
		expect(await service.prepareExec('w1')).toMatchObject({kind: 'message', text: 'read-only session: exec is disabled'});
		expect(calls).toEqual([]);
	});

	it('marks the row pending while the request runs and refuses a second action meanwhile', async () => {
		let release!: () => void;
		const {engine, methods} = fakeEngine({stopContainer: () => new Promise(resolve => {
			release = () => resolve('stopped');
		})});
		const service = createActionService(engine, store);
		let notified = 0;
		service.subscribe(() => notified++);
		const first = service.toggleRun(['w1']);
		await Promise.resolve();
		expect(service.pending('w1')).toMatchObject({op: 'stop', label: 'stopping'});
		expectMessage(await service.restart(['w1']), 'info', 'web is still stopping');
		release();
		expectMessage(await first, 'info', 'stopped web');
		expect(service.pending('w1')).toBeUndefined();
		expect(notified).toBe(2);
		expect(methods()).toEqual(['stopContainer']);
	});
});
