// The footer and help offer only keys that do something where the keyboard is: no `q quit` or tabs
// in a prompt, dialog or help; no container actions on other tabs or in a read-only session.
import {stripVTControlCharacters as plain} from 'node:util';
import React from 'react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {App} from '../../../source/ui/app.js';
import {uiStore} from '../../../source/ui/state/ui-store.js';
import {renderInk, type InkHarness} from '../../support/ink.js';
import {container, fakeServices, fakeStore, image, makeState, withServices} from '../fixtures.js';

let harness: InkHarness | undefined;

async function start(readOnly = false) {
	const store = fakeStore(makeState({containers: [container({id: 'c1', name: 'api'})], images: [image({id: 'sha256:1111', tags: ['busybox:1']})]}));
	harness = await renderInk(withServices(fakeServices(store, {readOnly}), <App />), {columns: 160, rows: 30});
	await harness.waitFor(/api/);
	return harness;
}

const footer = (app: InkHarness) => plain(app.lastFrame()).trimEnd().split('\n').at(-1)!;
const containerActions = ['start/stop', 'restart', 'pause', 'kill', 'shell'];

beforeEach(() => uiStore.reset());
afterEach(() => {
	harness?.unmount();
	harness = undefined;
});

describe('footer and help follow the context and mode', () => {
	it('the list offers container actions and the global keys', async () => {
		const app = await start();
		for (const hint of [...containerActions, 'quit', 'help']) expect(footer(app)).toContain(hint);
	});

	it('the filter prompt shows its own keys only (q is text there)', async () => {
		const app = await start();
		await app.press('/');
		await app.waitFor(frame => footer(app).includes('keep'));
		expect(footer(app)).not.toMatch(/quit|tabs|help/);
	});

	it('a confirm dialog shows yes / no only', async () => {
		const app = await start();
		uiStore.dispatch({type: 'confirm.open', title: 'Stop 1 container?', lines: ['api'], onConfirm: () => undefined});
		await app.waitFor(() => footer(app).includes('yes'));
		expect(footer(app)).not.toMatch(/quit|tabs|help/);
	});

	it('help shows how to close it, not the tabs', async () => {
		const app = await start();
		await app.press('?');
		await app.waitFor(() => footer(app).includes('close'));
		expect(footer(app)).not.toMatch(/quit|tabs/);
	});

	it('the logs search prompt shows apply / cancel only', async () => {
		const app = await start();
		await app.press('enter');
		await app.waitFor(() => footer(app).includes('scroll'));
		await app.waitFor(/following/);
		await app.press('/');
		await app.waitFor(() => footer(app).includes('apply'));
		expect(footer(app)).not.toMatch(/quit|tabs|scroll/);
	});

	it('the images tab offers no container actions, in the footer or in help', async () => {
		const app = await start();
		await app.press('2');
		await app.waitFor(/busybox:1/);
		for (const hint of containerActions) expect(footer(app)).not.toContain(hint);
		expect(footer(app)).toContain('remove');
		await app.press('?');
		const help = plain(await app.waitFor(/Keys/));
		expect(help).toContain('remove (asks first');
		expect(help).not.toMatch(/restart|pause or unpause|open a shell/);
	});

	it('a read-only session offers nothing that changes the daemon', async () => {
		const app = await start(true);
		for (const hint of [...containerActions, 'remove']) expect(footer(app)).not.toContain(hint);
		expect(footer(app)).toContain('quit');
		await app.press('?');
		const help = plain(await app.waitFor(/Keys/));
		expect(help).not.toMatch(/restart|pause or unpause|remove|prune/);
		expect(help).toContain('mark or unmark');
	});

	it('a marks every row the filter shows and A unmarks all; the footer counts the marked', async () => {
		uiStore.reset();
		const store = fakeStore(makeState({containers: [container({id: 'c1', name: 'api'}), container({id: 'c2', name: 'api-worker'}), container({id: 'c3', name: 'db'})]}));
		harness = await renderInk(withServices(fakeServices(store), <App />), {columns: 160, rows: 30});
		const app = harness;
		await app.waitFor(/db/);
		await app.press('/', ...'api', 'enter');
		await app.waitFor(/\(2\/3\)/);
		await app.press('a');
		await app.waitFor(() => footer(app).startsWith('2 marked'));
		expect([...uiStore.getState().marked].sort()).toEqual(['c1', 'c2']);
		await app.press('A');
		await app.waitFor(() => !footer(app).includes('marked '));
		expect(uiStore.getState().marked.size).toBe(0);
	});
});
