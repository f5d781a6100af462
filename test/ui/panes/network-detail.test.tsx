// The network detail lists its attached containers with their addresses, asked from the daemon
// when the network is selected (recorded dockerd 20.10 answer).
import {readFileSync} from 'node:fs';
import React from 'react';
import {afterEach, beforeEach, expect, it} from 'vitest';
import type {Network} from '../../../source/engine/types.js';
import {App} from '../../../source/ui/app.js';
import type {DetailCalls} from '../../../source/ui/services-context.js';
import {uiStore} from '../../../source/ui/state/ui-store.js';
import {plainFrame, renderInk, type InkHarness} from '../../support/ink.js';
import {fakeServices, fakeStore, makeState, withServices} from '../fixtures.js';

const network = JSON.parse(readFileSync(new URL('fixtures/network-inspect-20.10.json', import.meta.url), 'utf8')) as Network;
let harness: InkHarness | undefined;

beforeEach(() => uiStore.reset());
afterEach(() => harness?.unmount());

it('shows the attached containers with IP and MAC, asking for the selected network only', async () => {
	const asked: string[] = [];
	const details = {apiVersion: '1.41', inspectNetwork: async (id: string) => (asked.push(id), network)} as unknown as DetailCalls;
	const item = {id: network.Id, name: network.Name, driver: 'bridge', scope: 'local', internal: false, createdAt: Date.now() - 60_000, labels: {}, containers: 1};
	const store = fakeStore(makeState({networks: [item]}));
	harness = await renderInk(withServices(fakeServices(store, {details}), <App />), {columns: 120, rows: 30});
	await harness.press('4');
	const frame = plainFrame(await harness.waitFor(frame => plainFrame(frame).includes('attached (1)')));
	expect(frame).toMatch(/insp\s+172\.17\.0\.2\/16 · 02:42:ac:11:00:02/);
	expect(asked).toEqual([network.Id]);
});
