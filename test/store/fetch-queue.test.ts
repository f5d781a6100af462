import {describe, expect, it} from 'vitest';
import {FetchQueue, type FetchOutcome} from '../../source/store/fetch-queue.js';

function deferred() {
	let resolve!: (outcome: FetchOutcome) => void;
	const promise = new Promise<FetchOutcome>(done => (resolve = done));
	return {promise, resolve};
}

describe('FetchQueue', () => {
	it('runs one fetch per key at a time and once more when asked again meanwhile', async () => {
		const runs: string[] = [];
		const pending: Array<ReturnType<typeof deferred>> = [];
		const queue = new FetchQueue(key => {
			runs.push(key);
			const next = deferred();
			pending.push(next);
			return next.promise;
		}, 4);
		queue.request('a');
		queue.request('a');
		queue.request('a');
		expect(runs).toEqual(['a']);
		pending[0]!.resolve('done');
		await new Promise(resolve => setTimeout(resolve, 0));
		expect(runs).toEqual(['a', 'a']);
		pending[1]!.resolve('done');
		await queue.idle();
		expect(runs).toEqual(['a', 'a']);
	});

	it('keeps at most `concurrency` running and reruns a stale answer', async () => {
		let running = 0;
		let peak = 0;
		const stale = new Set(['k1']);
		const runs: string[] = [];
		const queue = new FetchQueue(async key => {
			runs.push(key);
			running++;
			peak = Math.max(peak, running);
			await new Promise(resolve => setTimeout(resolve, 5));
			running--;
			return stale.delete(key) ? 'again' : 'done';
		}, 2);
		for (let i = 0; i < 6; i++) queue.request(`k${i}`);
		await queue.idle();
		expect(peak).toBe(2);
		expect(runs.filter(key => key === 'k1')).toHaveLength(2);
	});

	it('clear() drops what has not started; a failing fetch does not stop the queue', async () => {
		const runs: string[] = [];
		const queue = new FetchQueue(async key => {
			runs.push(key);
			if (key === 'bad') throw new Error('boom');
			return 'done';
		}, 1);
		queue.request('bad');
		queue.request('later');
		queue.clear();
		await queue.idle();
		expect(runs).toEqual(['bad']);
		queue.request('after');
		await queue.idle();
		expect(runs).toEqual(['bad', 'after']);
	});
});
