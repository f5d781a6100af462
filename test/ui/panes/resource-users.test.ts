// Who uses an image, a volume or a network: one line per container with how it uses it.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {ContainerSummary, Network} from '../../../source/engine/types.js';
import {imageUsers, networkUsers, volumeUsers} from '../../../source/ui/panes/resource-users.js';
import {volumeSizeText} from '../../../source/ui/panes/resource-detail.js';
import {container} from '../fixtures.js';

const network = JSON.parse(readFileSync(new URL('fixtures/network-inspect-20.10.json', import.meta.url), 'utf8')) as Network;

const summary = (name: string, state: ContainerSummary['State'], mounts: ContainerSummary['Mounts']): ContainerSummary => ({
	Id: `${name}-id-0123456789`, Names: [`/${name}`], Image: 'busybox', ImageID: 'sha256:a', Command: 'sh', Created: 0, State: state, Status: '', Ports: [], Labels: null, Mounts: mounts,
});

describe('resource users', () => {
	it('image: the store containers created from it, by name, with their state', () => {
		const users = imageUsers([container({id: 'b', name: 'web', imageId: 'sha256:x'}), container({id: 'a', name: 'api', imageId: 'sha256:x', state: 'exited'}), container({id: 'c', name: 'other', imageId: 'sha256:y'})], 'sha256:x');
		expect(users).toEqual([{key: 'api', value: 'exited'}, {key: 'web', value: 'running'}]);
	});

	it('volume: each mounting container with where and whether read-only', () => {
		const users = volumeUsers([
			summary('writer', 'running', [{Type: 'volume', Name: 'data', Source: '/v/data', Destination: '/var/lib/data', RW: true}]),
			summary('reader', 'exited', [{Type: 'bind', Source: '/etc', Destination: '/etc', RW: false}, {Type: 'volume', Name: 'data', Source: '/v/data', Destination: '/in', RW: false}]),
		], 'data');
		expect(users).toEqual([{key: 'reader', value: 'exited · /in (ro)'}, {key: 'writer', value: 'running · /var/lib/data (rw)'}]);
	});

	it('network: attached containers with their addresses (recorded from dockerd 20.10)', () => {
		expect(networkUsers(network)).toEqual([{key: 'insp', value: '172.17.0.2/16 · 02:42:ac:11:00:02'}]);
		expect(networkUsers({...network, Containers: null})).toEqual([]);
	});

	it('volume size: measured, not measured by its driver, or still being measured', () => {
		const disk = {usage: {images: null, containers: null, volumes: null, buildCache: null}, volumeSizes: new Map([['data', 12_288]])};
		expect(volumeSizeText('data', {status: 'loaded', value: disk})).toBe('12.3kB');
		expect(volumeSizeText('nfs', {status: 'loaded', value: disk})).toBe('– (not measured by its driver)');
		expect(volumeSizeText('data', {status: 'loading'})).toBe('measuring…');
	});
});
