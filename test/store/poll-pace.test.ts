// The reconcile poll stretches on a host with many containers: the list it reads grows with them.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createDaemonStore, type DaemonStore} from '../../source/store/daemon-store.js';
import {pollDelayMs} from '../../source/store/poll-pace.js';
import {FakeEngine, summary} from './fake-engine.js';

let store: DaemonStore | undefined;
afterEach(async () => {
	await store?.stop();
	store = undefined;
});

describe('the reconcile poll pace', () => {
	it('keeps the configured interval up to 250 containers and stretches in proportion past it', () => {
		expect(pollDelayMs(10_000, 0)).toBe(10_000);
		expect(pollDelayMs(10_000, 250)).toBe(10_000);
		expect(pollDelayMs(10_000, 500)).toBe(20_000);
		expect(pollDelayMs(10_000, 1000)).toBe(40_000);
	});

	it('with 1,000 containers the store lists them at most every 4 intervals', async () => {
		const gaps = async (count: number) => {
			const fake = new FakeEngine();
			for (let index = 0; index < count; index++) fake.containers.set(`c${index}`, summary(`c${index}`, {Names: [`/c${index}`]}));
			const times: number[] = [];
			fake.beforeList = async () => void times.push(performance.now());
			store = createDaemonStore(fake.asEngine(), {pollIntervalMs: 40});
			store.start();
			await vi.waitFor(() => expect(times.length).toBeGreaterThanOrEqual(4), {timeout: 10_000, interval: 5});
			await store.stop();
			store = undefined;
			return times.slice(1).map((time, index) => time - times[index]!);
		};
		// a timer never fires early: every gap is at least the paced delay, whatever the machine's load
		for (const gap of (await gaps(1000)).slice(1)) expect(gap).toBeGreaterThanOrEqual(159);
	});
});
