// Container control driven through the UI of the built binary on the real daemon: keys in, the
// container's state checked through the API.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {describeDaemon, needs, testDockerHost, testLabel, uniqueName} from '../support/daemon.js';
import {api, containerState, createTestContainer, removeContainers, waitFor} from './actions-fixtures.js';
import {startApp, type TmuxApp} from './actions-tmux.js';

describeDaemon('container actions through the UI', () => {
	let app: TmuxApp;
	const created: string[] = [];
	const prefix = uniqueName('act');

	const make = async (suffix: string, start = true) => {
		const id = await createTestContainer(`${prefix}-${suffix}`, {start});
		created.push(id);
		return id;
	};

	/** Shows only rows matching text (the filter is per tab). */
	const filterTo = (text: string) => app.filter(text);

	const state = (id: string) => containerState(id);
	/** Actions decide by the state the user sees: wait for the row to show it before the next key. */
	const rowShows = (name: string, status: string) => app.waitFor(new RegExp(`${name} +${status}`));

	beforeAll(async () => {
		app = await startApp({env: {DOCKER_HOST: testDockerHost}});
		await app.waitFor('connected');
	});

	afterAll(async () => {
		await app?.close();
		await removeContainers(created);
	});

	describe('one container', () => {
		let id: string;
		const name = () => `${prefix}-solo`;

		beforeAll(async () => {
			id = await make('solo');
			await filterTo(name());
			await app.waitFor(new RegExp(`● ${name()} +running`));
		});

		it('s stops a running container, and s starts it again', async () => {
			await app.press('s');
			expect(await waitFor(() => state(id), s => s?.Status === 'exited')).toMatchObject({Status: 'exited'});
			await app.waitFor(`stopped ${name()}`);
			await rowShows(name(), 'exited');
			await app.press('s');
			expect(await waitFor(() => state(id), s => s?.Status === 'running')).toMatchObject({Status: 'running'});
			await app.waitFor(`started ${name()}`);
		});

		it('p pauses and p unpauses', async () => {
			await rowShows(name(), 'running');
			await app.press('p');
			expect(await waitFor(() => state(id), s => s?.Paused === true)).toMatchObject({Status: 'paused'});
			await rowShows(name(), 'paused');
			await app.press('p');
			expect(await waitFor(() => state(id), s => s?.Status === 'running')).toMatchObject({Paused: false});
		});

		it('r restarts', async () => {
			const before = (await state(id))!.StartedAt;
			await rowShows(name(), 'running');
			await app.press('r');
			const after = await waitFor(() => state(id), s => s !== null && s.Running && s.StartedAt !== before);
			expect(after!.StartedAt).not.toBe(before);
			await app.waitFor(`restarted ${name()}`);
		});

		it('K asks first, names the container, then kills it with SIGKILL', async () => {
			await rowShows(name(), 'running');
			await app.press('K');
			await app.waitFor(`Kill ${name()} (SIGKILL)?`);
			expect((await state(id))!.Running).toBe(true); // nothing sent before y
			await app.press('y');
			expect(await waitFor(() => state(id), s => s?.Status === 'exited')).toMatchObject({ExitCode: 137});
		});

		it('d asks first: n leaves the container, y removes it', async () => {
			await rowShows(name(), 'exited');
			await app.press('d');
			await app.waitFor(`Remove ${name()}?`);
			await app.press('n');
			await app.waitUntil(screen => !screen.includes(`Remove ${name()}?`));
			expect(await state(id)).not.toBeNull();
			await app.press('d');
			await app.waitFor(`Remove ${name()}?`);
			await app.press('y');
			expect(await waitFor(() => state(id), s => s === null)).toBeNull();
			await app.waitFor(`removed ${name()}`);
		});
	});

	it('marked containers stop together after one confirmation naming them', async () => {
		const ids = [await make('bulk-a'), await make('bulk-b')];
		await app.press('Escape'); // the previous filter
		await app.waitUntil(screen => !screen.includes('filter:'));
		await filterTo(`${prefix}-bulk`);
		await app.waitUntil(screen => screen.includes(`${prefix}-bulk-a`) && screen.includes(`${prefix}-bulk-b`));
		await app.press('g', 'Space', 'j', 'Space', 's');
		const dialog = await app.waitFor('Stop 2 containers?');
		expect(dialog).toContain(`${prefix}-bulk-a`);
		expect(dialog).toContain(`${prefix}-bulk-b`);
		await app.press('y');
		for (const id of ids) expect(await waitFor(() => state(id), s => s?.Status === 'exited')).toMatchObject({Status: 'exited'});
		await app.waitFor('stopped 2 containers');
	});

	it('removed containers leave the marks: the title and the next key go back to the selection', async () => {
		await make('gone-a', false);
		await make('gone-b', false);
		const keep = await make('gone-keep', false);
		await app.press('Escape'); // the previous filter
		await app.waitUntil(screen => !screen.includes('filter:'));
		await app.press('Escape'); // the previous marks
		await app.waitUntil(screen => !screen.includes('marked'));
		await filterTo(`${prefix}-gone`);
		await app.waitUntil(screen => [`${prefix}-gone-a`, `${prefix}-gone-b`, `${prefix}-gone-keep`].every(name => screen.includes(name)));
		await app.press('g', 'Space', 'j', 'Space');
		await app.waitFor('logs of 2 marked');
		await app.press('d');
		await app.waitFor('Remove 2 containers?');
		await app.press('y');
		await app.waitFor('removed 2 containers');
		const after = await app.waitUntil(screen => !screen.includes(`${prefix}-gone-a`) && !screen.includes(`${prefix}-gone-b`));
		await app.waitUntil(screen => !screen.includes('marked'));
		expect(after).toContain(`${prefix}-gone-keep`);
		await app.press('s');
		expect(await waitFor(() => state(keep), s => s?.Status === 'running')).toMatchObject({Status: 'running'});
		await app.waitFor(`started ${prefix}-gone-keep`);
		expect(await app.screen()).not.toContain('no longer exists');
	});

	it.skipIf(!needs('real-daemon', 'makes an image with POST /commit; the demo engine has a fixed set of images'))('an image in use is refused with the daemon\'s reason, then removed when forced', async () => {
		// A distinct image (its own id) that a stopped container uses.
		const source = await make('img-src', false);
		const repo = `${prefix}-img`;
		const {json: image} = await api<{Id: string}>('POST', `/commit?container=${source}&repo=${repo}&tag=1`, {Labels: {[testLabel]: '1'}});
		const user = await createTestContainer(`${prefix}-img-user`, {image: `${repo}:1`});
		created.push(user);
		try {
			await app.press('2');
			await filterTo(repo);
			await app.waitFor(`${repo}:1`);
			await app.press('d');
			await app.waitFor(`Remove ${repo}:1?`);
			await app.press('y');
			const offer = await app.waitFor(`Force-remove ${repo}:1?`);
			expect(offer.replace(/[│\s]+/g, ' ')).toMatch(/The daemon refused: conflict: unable to remove repository reference .* \(must force\) - container \w{12} is/);
			expect((await api('GET', `/images/${image.Id}/json`)).status).toBe(200);
			await app.press('y');
			await waitFor(() => api('GET', `/images/${image.Id}/json`).then(() => true, () => false), exists => !exists);
			await expect(api('GET', `/images/${image.Id}/json`)).rejects.toThrow(/→ 404/);
			await app.waitFor(`removed ${repo}:1`);
		} finally {
			await removeContainers([user]);
			await api('DELETE', `/images/${image.Id}?force=1`).catch(() => {});
			await app.press('1');
		}
	});

	it.skipIf(!needs('real-daemon', 'makes an image with POST /commit; the demo engine has a fixed set of images'))('an image with three tags loses only the tag its row shows, and the message says the others remain', async () => {
		const source = await make('tags-src', false);
		const repo = `${prefix}-tags`;
		const {json: image} = await api<{Id: string}>('POST', `/commit?container=${source}&repo=${repo}&tag=a`, {Labels: {[testLabel]: '1'}});
		for (const tag of ['b', 'c']) await api('POST', `/images/${image.Id}/tag?repo=${repo}&tag=${tag}`);
		try {
			await app.press('2');
			await filterTo(repo);
			const row = await app.waitFor(new RegExp(`${repo}:[abc] \\+2`));
			const shown = new RegExp(`${repo}:([abc]) \\+2`).exec(row)![1]!;
			const others = ['a', 'b', 'c'].filter(tag => tag !== shown).map(tag => `${repo}:${tag}`);
			await app.press('d');
			const dialog = await app.waitFor(`Remove ${repo}:${shown}?`);
			expect(dialog.replace(/[│\s]+/g, ' ')).toContain('Only this tag goes: the image keeps its 2 other tags');
			await app.press('y');
			await app.waitFor(`untagged ${repo}:${shown}; the image keeps its 2 other tags`);
			const {json: after} = await api<{RepoTags: string[]}>('GET', `/images/${image.Id}/json`);
			expect([...after.RepoTags].sort()).toEqual(others);
		} finally {
			await api('DELETE', `/images/${image.Id}?force=1`).catch(() => {});
			await app.press('1');
		}
	}, 60_000); // several daemon round trips and a filtered tab: slow on a loaded machine

	it.skipIf(!needs('real-daemon', 'makes an image with POST /commit; the demo engine has a fixed set of images'))('a refusal that force cannot overcome is reported without a force offer', async () => {
		// An untagged image a running container uses: dockerd answers "(cannot be forced)".
		const source = await make('busy-src', false);
		const {json: image} = await api<{Id: string}>('POST', `/commit?container=${source}&repo=${prefix}-busy&tag=1`, {Labels: {[testLabel]: '1'}});
		const user = await createTestContainer(`${prefix}-busy-user`, {image: image.Id, start: true});
		created.push(user);
		// untagged after the fact, so the 'untag' event (a commit without a tag sends none) brings it to the list
		await api('DELETE', `/images/${prefix}-busy:1?force=1`);
		const short = image.Id.replace(/^sha256:/, '').slice(0, 12);
		try {
			await app.press('2');
			await filterTo(short);
			await app.waitFor(short);
			await app.press('d');
			await app.waitFor(`Remove image ${short}?`);
			await app.press('y');
			const screen = await app.waitFor(/could not remove image \w{12}: conflict: .*cannot be forced/);
			expect(screen).not.toContain('Force-remove');
			expect((await api('GET', `/images/${image.Id}/json`)).status).toBe(200);
		} finally {
			await removeContainers([user]);
			await api('DELETE', `/images/${image.Id}?force=1`).catch(() => {});
			await app.press('1');
		}
	}, 60_000); // several daemon round trips and a filtered tab: slow on a loaded machine
});
