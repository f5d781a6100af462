// The contexts list probes in the background: a few at a time, answers land on their own rows, and
// a refresh or close drops what is still on its way.
import {describe, expect, it} from 'vitest';
import type {EndpointChoice} from '../../../source/engine/endpoint-choices.js';
import type {ProbeResult} from '../../../source/engine/endpoint-probe.js';
import type {Endpoint} from '../../../source/engine/types.js';
import {createContextsService} from '../../../source/store/contexts/contexts-service.js';

const choice = (name: string, extra: Partial<EndpointChoice> = {}): EndpointChoice => ({
	name,
	kind: 'context',
	description: '',
	host: `unix:///run/${name}.sock`,
	current: false,
	endpoint: {url: `unix:///run/${name}.sock`, kind: 'unix', socketPath: `/run/${name}.sock`, insecure: false, source: 'context', contextName: name},
	...extra,
});

/** Probes that answer when the test says so; counts how many run at once. */
function heldProbes() {
	const waiting = new Map<string, (result: ProbeResult) => void>();
	let running = 0;
	let most = 0;
	const probe = (endpoint: Endpoint) =>
		new Promise<ProbeResult>(resolve => {
			running++;
			most = Math.max(most, running);
			waiting.set(endpoint.contextName!, result => {
				running--;
				resolve(result);
			});
		});
	const answer = async (name: string, result: ProbeResult) => {
		waiting.get(name)!(result);
		waiting.delete(name);
		await new Promise(resolve => setImmediate(resolve));
	};
	return {probe, answer, most: () => most, waiting};
}

const ok: ProbeResult = {reachable: true, engine: '20.10.24', apiVersion: '1.41', os: 'linux/amd64'};

describe('contexts service', () => {
	it('probes at most `concurrency` daemons at once and fills each row as its answer comes', async () => {
		const probes = heldProbes();
		const choices = [choice('a', {current: true}), choice('b'), choice('c'), choice('broken', {endpoint: undefined, error: 'cannot read meta.json'})];
		const service = createContextsService({list: () => choices, probe: probes.probe, concurrency: 2});
		service.refresh();
		expect(service.getState().active).toBe('a');
		expect(service.getState().rows.map(row => row.probe)).toEqual(['probing', 'probing', 'probing', undefined]);
		await new Promise(resolve => setImmediate(resolve));
		expect([...probes.waiting.keys()]).toEqual(['a', 'b']);
		await probes.answer('b', {reachable: false, error: 'refused'});
		expect(service.getState().rows[1]!.probe).toEqual({reachable: false, error: 'refused'});
		expect([...probes.waiting.keys()]).toEqual(['a', 'c']);
		await probes.answer('a', ok);
		await probes.answer('c', ok);
		expect(service.getState().rows.map(row => (typeof row.probe === 'object' ? row.probe.reachable : row.probe))).toEqual([true, false, true, undefined]);
		expect(probes.most()).toBe(2);
	});

	it('drops answers of an earlier round after a refresh, and every answer after close', async () => {
		const probes = heldProbes();
		const service = createContextsService({list: () => [choice('a')], probe: probes.probe});
		let notified = 0;
		service.subscribe(() => notified++);
		service.refresh();
		await new Promise(resolve => setImmediate(resolve));
		const stale = probes.waiting.get('a')!;
		service.refresh();
		await new Promise(resolve => setImmediate(resolve));
		stale({reachable: false, error: 'from the first round'});
		await new Promise(resolve => setImmediate(resolve));
		expect(service.getState().rows[0]!.probe).toBe('probing');
		service.setActive('a');
		service.close();
		const before = notified;
		await probes.answer('a', ok);
		expect(service.getState().rows[0]!.probe).toBe('probing');
		expect(notified).toBe(before);
	});
});
