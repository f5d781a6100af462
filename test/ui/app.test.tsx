// The whole app on a hand-made state: what a user sees and what keys do.
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import React from 'react';
import {App} from '../../source/ui/app.js';
import {containerView} from '../../source/ui/state/container-view.js';
import {uiStore} from '../../source/ui/state/ui-store.js';
import {setColorEnabled} from '../../source/ui/theme.js';
import {renderInk, type InkHarness} from '../support/ink.js';
import {container, fakeServices, fakeStore, image, makeState, withServices, type FakeStore} from './fixtures.js';

let harness: InkHarness | undefined;
let store: FakeStore;

const three = [
	container({id: 'c1', name: 'api', image: 'node:22'}),
	container({id: 'c2', name: 'db', image: 'postgres:16', composeProject: 'shop', composeService: 'db'}),
	container({id: 'c3', name: 'worker', state: 'exited', exitCode: 1, finishedAt: Date.now() - 60_000}),
];

async function start(size: {columns?: number; rows?: number} = {}, state = makeState({containers: three, images: [image({id: 'sha256:1111', tags: ['dockhand-test/busybox:1']})]})) {
	store = fakeStore(state);
	harness = await renderInk(withServices(fakeServices(store), <App />), size);
	return harness;
}

// The line of the selected row (below header, tabs and column titles): rendered in inverse video.
const selectedLine = (frame: string) => frame.split('\n').slice(3).find(line => line.includes('\u001B[7m')) ?? '';

beforeEach(() => {
	uiStore.reset();
	// these tests read the flat list (compose grouping: test/ui/lists/compose-groups.test.ts, test/e2e/compose-groups.test.ts)
	containerView.reset();
	containerView.toggleGrouped();
	setColorEnabled(true);
});

afterEach(() => {
	harness?.unmount();
	harness = undefined;
});

describe('App', () => {
	it('shows the header, tabs with counts, and containers by name', async () => {
		const app = await start();
		const frame = await app.waitFor(/worker/);
		expect(frame).toMatch(/dockhand .*● connected/);
		expect(frame).toContain('unix:///run/test/docker.sock (DOCKER_HOST)');
		expect(frame).toContain('Engine 20.10.24');
		expect(frame).toMatch(/1 Containers 3/);
		expect(frame).toMatch(/api[\s\S]*db[\s\S]*worker/);
		expect(frame).toContain('shop/db');
	});

	it('moves the selection with j/k, G/g and keeps it on the same container when rows change', async () => {
		const app = await start();
		await app.waitFor(/worker/);
		expect(selectedLine(app.lastFrame())).toContain('api');
		await app.press('j');
		expect(selectedLine(app.lastFrame())).toContain('db');
		await app.press('G');
		expect(selectedLine(app.lastFrame())).toContain('worker');
		await app.press('g', 'down');
		expect(selectedLine(app.lastFrame())).toContain('db');
		// a new container sorting before 'db' arrives: the selection stays on db
		store.set(makeState({containers: [container({id: 'c0', name: 'aaa'}), ...three]}));
		await app.waitFor(/aaa/);
		expect(selectedLine(app.lastFrame())).toContain('db');
		// db disappears: its neighbour takes the selection
		store.set(makeState({containers: [container({id: 'c0', name: 'aaa'}), three[0]!, three[2]!]}));
		await app.waitFor(frame => !/\bdb\b/.test(frame.split('\n').slice(0, 8).join('\n')));
		expect(selectedLine(app.lastFrame())).toMatch(/worker|api/);
	});

	it('o sorts (the header says by what and which way), O reverses, and the selection stays on its container', async () => {
		const app = await start();
		await app.waitFor(/worker/);
		await app.press('G');
		expect(selectedLine(app.lastFrame())).toContain('worker');
		const order = (frame: string) => frame.split('\n').slice(3, 6).map(line => /\b(api|db|worker)\b/.exec(line)?.[1]);
		await app.press('o');
		let frame = await app.waitFor(/STATE▲/);
		expect(order(frame)).toEqual(['api', 'db', 'worker']);
		await app.press('O');
		frame = await app.waitFor(/STATE▼/);
		expect(order(frame)).toEqual(['worker', 'api', 'db']);
		expect(selectedLine(frame)).toContain('worker');
		await app.press('j');
		expect(selectedLine(app.lastFrame())).toContain('api');
	});

	it('`2` shows images, `/` filters as you type, Esc clears', async () => {
		const app = await start();
		await app.waitFor(/worker/);
		await app.press('2');
		await app.waitFor(/dockhand-test\/busybox:1/);
		await app.press('1', '/');
		await app.type('wor');
		// the detail pane follows the selection once it rests
		let frame = await app.waitFor(frame => /\(1\/3\)/.test(frame) && !/ api /.test(frame));
		expect(frame).toContain('worker');
		await app.press('enter');
		frame = await app.waitFor(/filter: wor/);
		await app.press('escape');
		frame = await app.waitFor(frame => !frame.includes('filter:'));
		expect(frame).toMatch(/api[\s\S]*worker/);
	});

	it('keys that arrive in one read are applied one by one: "/wor" opens the filter and types into it', async () => {
		const app = await start();
		await app.waitFor(/worker/);
		await app.press('/wor');
		const frame = await app.waitFor(frame => /\/wor.*\(1\/3\)/.test(frame.replace(/\u001B\[[0-9;]*m/g, '')));
		expect(frame).toContain('worker');
	});

	it('typed text and its Enter in one read (a paste, tmux send-keys): the filter gets the text and is kept', async () => {
		const app = await start();
		await app.waitFor(/worker/);
		await app.press('/');
		await app.waitFor(/\(\d+\/\d+\)/);
		await app.press('wor\r');
		const frame = await app.waitFor(frame => frame.replace(/\u001B\[[0-9;]*m/g, '').includes('filter: wor (1/3)'));
		expect(frame).toContain('worker');
	});

	it('Esc and a key in one read (\\x1b/) are Esc then that key, not a lost Alt+key', async () => {
		const app = await start();
		await app.waitFor(/worker/);
		await app.press('/', ...'wor');
		await app.waitFor(/\(1\/3\)/);
		// Esc clears the typed filter, then / opens the prompt again and the next letters go into it
		await app.press('\u001B/');
		await app.press(...'ap');
		const frame = await app.waitFor(frame => /\/ap.*\(1\/3\)/.test(frame.replace(/\u001B\[[0-9;]*m/g, '')));
		expect(frame).toContain('api');
	});

	it('typing q in the filter filters instead of quitting', async () => {
		const app = await start();
		await app.waitFor(/worker/);
		await app.press('/', 'q');
		await app.waitFor(/\(0\/3\)/);
		expect(app.lastFrame()).toContain('no containers match "q"');
	});

	it('`?` shows help for the focused pane generated from the keymap; Esc closes it', async () => {
		const app = await start({columns: 100, rows: 40});
		await app.waitFor(/worker/);
		await app.press('?');
		const frame = await app.waitFor(/Keys/);
		expect(frame).toContain('filter the list as you type');
		expect(frame).toContain('quit (restores the terminal)');
		await app.press('escape');
		await app.waitFor(frame => !frame.includes('filter the list as you type') && frame.includes('worker'));
	});

	it('Enter and Tab move focus to the detail pane and back; the footer follows the focus', async () => {
		const app = await start({columns: 120, rows: 40});
		await app.waitFor(/worker/);
		expect(app.lastFrame()).toContain('filter');
		await app.press('enter');
		let frame = await app.waitFor(/▸ api/);
		expect(frame.split('\n').at(-1)).toContain('back');
		await app.press('tab');
		frame = await app.waitFor(frame => !frame.includes('▸ api'));
		expect(frame.split('\n').at(-1)).toContain('filter');
	});

	it('renders labels with escape sequences inert in the detail overview', async () => {
		const hostile = container({id: 'h1', name: 'hostile', labels: {evil: '\u001B]0;pwned\u0007\u001B[2J\u001B[31mRED\u009B1m'}});
		const app = await start({columns: 160, rows: 40}, makeState({containers: [hostile]}));
		const frame = await app.waitFor(/evil=/);
		expect(frame).toContain('evil=RED');
		expect(frame).not.toContain('pwned\u0007');
		expect(frame).not.toContain('\u001B]');
		expect(frame).not.toContain('\u001B[2J');
		expect(frame).not.toContain('\u009B');
	});

	it('works at 40×12: one pane at a time, no line wider than the terminal', async () => {
		const app = await start({columns: 40, rows: 12});
		const frame = await app.waitFor(/worker/);
		const plain = frame.replace(/\u001B\[[0-9;]*m/g, '');
		const lines = plain.split('\n');
		expect(lines.length).toBeLessThanOrEqual(12);
		for (const line of lines) expect([...line].length).toBeLessThanOrEqual(40);
		await app.press('enter');
		await app.waitFor(/▸ api/);
	});

	it('survives a resize storm and keeps the layout', async () => {
		const app = await start({columns: 200, rows: 50});
		await app.waitFor(/worker/);
		for (const [columns, rows] of [[80, 24], [40, 12], [120, 30], [41, 13], [80, 24]] as const) await app.resize(columns, rows);
		const frame = await app.waitFor(/worker/);
		const lines = frame.replace(/\u001B\[[0-9;]*m/g, '').split('\n');
		expect(lines.length).toBeLessThanOrEqual(24);
		for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
	});

	it('without colour: no colour codes, state words and inverse selection remain', async () => {
		setColorEnabled(false);
		const app = await start();
		const frame = await app.waitFor(/● running · up/);
		expect(frame).toContain('worker');
		expect(frame).not.toMatch(/\u001B\[(3[0-7]|9[0-7]|38;)/);
		expect(selectedLine(frame)).toContain('api');
	});

	it('an unreachable daemon is a full-screen message with endpoint, reason and fix', async () => {
		const state = makeState({patch: {syncedAt: null, connection: {status: 'reconnecting', since: Date.now(), attempt: 2, lastError: 'connect ENOENT /run/test/docker.sock', nextRetryAt: Date.now() + 4000}}});
		const app = await start({columns: 100, rows: 30}, state);
		const frame = await app.waitFor(/Cannot reach the Docker daemon/);
		expect(frame).toContain('unix:///run/test/docker.sock (from DOCKER_HOST)');
		expect(frame).toContain('ENOENT');
		expect(frame).toMatch(/Is dockerd running\?/);
		expect(frame).toMatch(/Retrying in \ds \(attempt 2\)/);
		// never connected: nothing on screen can be stale yet
		expect(frame).toMatch(/not connected · retrying in \ds/);
		expect(frame).not.toMatch(/stale/);
	});

	it('a confirm dialog takes y / n and keeps other keys away from the list', async () => {
		const app = await start();
		await app.waitFor(/worker/);
		let confirmed = 0;
		uiStore.dispatch({type: 'confirm.open', title: 'Stop 1 container?', lines: ['api'], onConfirm: () => confirmed++});
		await app.waitFor(/Stop 1 container\?/);
		await app.press('j');
		expect(selectedLine(app.lastFrame())).toContain('api');
		await app.press('n');
		await app.waitFor(frame => !frame.includes('Stop 1 container?'));
		expect(confirmed).toBe(0);
		uiStore.dispatch({type: 'confirm.open', title: 'Stop 1 container?', lines: ['api'], onConfirm: () => confirmed++});
		await app.waitFor(/Stop 1 container\?/);
		await app.press('y');
		await app.waitFor(frame => !frame.includes('Stop 1 container?'));
		expect(confirmed).toBe(1);
	});

	it('renders only the visible window of 5000 containers and scrolls to the end', async () => {
		const many = Array.from({length: 5000}, (_, index) => container({id: `id${index}`, name: `svc-${String(index).padStart(4, '0')}`}));
		const app = await start({columns: 100, rows: 20}, makeState({containers: many}));
		let frame = await app.waitFor(/svc-0000/);
		expect(frame.split('\n').length).toBeLessThanOrEqual(20);
		expect(frame).not.toContain('svc-0100');
		await app.press('G');
		frame = await app.waitFor(/svc-4999/);
		expect(selectedLine(frame)).toContain('svc-4999');
		expect(frame).not.toContain('svc-0000');
		await app.press('pageup');
		expect(selectedLine(app.lastFrame())).toMatch(/svc-49[89]\d/);
	});
});
