// The daemon info view (I) on recorded answers: versions, host, counts, disk usage with the
// reclaimable share; scrolls when it does not fit; Esc closes it.
import {readFileSync} from 'node:fs';
import React from 'react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Info, SystemDfBody, Version} from '../../../source/engine/types.js';
import {App} from '../../../source/ui/app.js';
import type {DetailCalls} from '../../../source/ui/services-context.js';
import {uiStore} from '../../../source/ui/state/ui-store.js';
import {plainFrame, renderInk, type InkHarness} from '../../support/ink.js';
import {container, fakeServices, fakeStore, makeState, withServices} from '../fixtures.js';

const df = JSON.parse(readFileSync(new URL('../../engine/fixtures/system-df-1.53-verbose.json', import.meta.url), 'utf8')) as SystemDfBody;
const info = {
	ID: 'x', Name: 'buildhost', ServerVersion: '20.10.24', Containers: 5, ContainersRunning: 2, ContainersPaused: 1, ContainersStopped: 2, Images: 3, NCPU: 8,
	MemTotal: 16 * 1024 ** 3, OperatingSystem: 'Debian GNU/Linux 12 (bookworm)', OSType: 'linux', Driver: 'overlay2', CgroupDriver: 'systemd', CgroupVersion: '2',
	LoggingDriver: 'journald', KernelVersion: '6.1.0-18-amd64', Architecture: 'x86_64', Swarm: {LocalNodeState: 'inactive'},
} satisfies Info;
const version = {Version: '20.10.24', ApiVersion: '1.41', MinAPIVersion: '1.12', Os: 'linux', Arch: 'amd64'} satisfies Version;

function details(apiVersion = '1.41'): DetailCalls {
	return {
		apiVersion,
		info: async () => info,
		version: async () => version,
		diskUsage: async () => df,
		inspectContainer: async () => {
			throw new Error('not here');
		},
		inspectNetwork: async () => {
			throw new Error('not here');
		},
		listContainers: async () => [],
	};
}

let harness: InkHarness | undefined;

beforeEach(() => uiStore.reset());
afterEach(() => {
	harness?.unmount();
	harness = undefined;
});

describe('daemon info view', () => {
	it('shows versions, host facts, counts and disk usage with the reclaimable share, and scrolls', async () => {
		const store = fakeStore(makeState({containers: [container({id: 'c1', name: 'api'})]}));
		harness = await renderInk(withServices(fakeServices(store, {details: details()}), <App />), {columns: 100, rows: 24});
		await harness.press('I');
		const frame = plainFrame(await harness.waitFor(/disk usage/));
		expect(frame).toMatch(/API\s+1\.41 in use · daemon max 1\.41 · min 1\.12/);
		expect(frame).toMatch(/kernel\s+6\.1\.0-18-amd64/);
		expect(frame).toMatch(/cgroup\s+systemd \(v2\)/);
		expect(frame).toMatch(/logging\s+journald/);
		expect(frame).toMatch(/containers 5 · 2 running · 1 paused · 2 stopped/);
		await harness.press('j', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'j');
		const scrolled = plainFrame(await harness.waitFor(/build cache/));
		expect(scrolled).toMatch(/volumes\s+│ 2\s+│ 1\s+│ 1\.06MB\s+│ 1\.05MB \(99%\)/);
		expect(scrolled).not.toMatch(/engine\s+20\.10/);
		await harness.press('escape');
		await harness.waitFor(frame => !frame.includes('disk usage') && frame.includes('api'));
	});

	it('does not ask an API older than 1.25 for /system/df', async () => {
		const store = fakeStore(makeState());
		let asked = false;
		const calls = {...details('1.24'), diskUsage: async () => ((asked = true), df)};
		harness = await renderInk(withServices(fakeServices(store, {details: calls}), <App />), {columns: 100, rows: 40});
		await harness.press('I');
		await harness.waitFor(frame => plainFrame(frame).includes('disk usage: needs API 1.25'));
		expect(asked).toBe(false);
	});
});
