import {describe, expect, it} from 'vitest';
import type {SystemDf} from '../../../source/engine/types.js';
import {estimateContainers, estimateImages, estimateNetworks, estimateVolumes, formatBytes} from '../../../source/store/actions/prune-estimates.js';

const image = (id: string, tags: string[] | null, containers: number, size: number, shared = 0) =>
	({Id: `sha256:${id.padEnd(64, '0')}`, RepoTags: tags, Containers: containers, Size: size, SharedSize: shared}) as unknown as SystemDf['Images'][number];

describe('prune estimates', () => {
	const df = {
		LayersSize: 0,
		Images: [image('aaa', null, 0, 5_000_000, 1_000_000), image('bbb', ['app:1'], 0, 7_000_000), image('ccc', ['<none>:<none>'], 1, 3_000_000), image('ddd', ['base:1'], 2, 1)],
		Containers: [{Id: 'x', Names: ['/old'], State: 'exited', SizeRw: 2048}, {Id: 'y', Names: ['/live'], State: 'running', SizeRw: 99}, {Id: 'z', Names: ['/new'], State: 'created'}],
		Volumes: [],
	} as unknown as SystemDf;

	it('counts stopped containers and their writable layers', () => {
		expect(estimateContainers(df)).toMatchObject({items: ['old', 'new'], bytes: 2048});
	});

	it('dangling = untagged and unused; unused adds tagged images without containers; shared layers are not counted', () => {
		expect(estimateImages(df, true)).toMatchObject({items: ['<none> aaa000000000'], bytes: 4_000_000});
		expect(estimateImages(df, false)).toMatchObject({items: ['<none> aaa000000000', 'app:1'], bytes: 11_000_000});
	});

	it('volumes: every unused one on API 1.41, only anonymous ones from 1.42', () => {
		const volumes = [
			{Name: 'named', UsageData: {RefCount: 0, Size: 10}, Labels: null},
			{Name: 'anon', UsageData: {RefCount: 0, Size: 5}, Labels: {'com.docker.volume.anonymous': ''}},
			{Name: 'busy', UsageData: {RefCount: 1, Size: 7}, Labels: null},
		] as never;
		expect(estimateVolumes(volumes, '1.41')).toMatchObject({items: ['named', 'anon'], bytes: 15});
		expect(estimateVolumes(volumes, '1.43')).toMatchObject({items: ['anon'], bytes: 5});
	});

	it('networks: custom ones no container is attached to', () => {
		const networks = [{Name: 'bridge'}, {Name: 'used'}, {Name: 'spare'}] as never;
		const containers = [{NetworkSettings: {Networks: {used: {}}}}] as never;
		expect(estimateNetworks(networks, containers)).toMatchObject({items: ['spare'], bytes: null});
	});

	it('formats sizes in decimal units like the docker CLI', () => {
		expect([0, 999, 1200, 34_000_000, 1_500_000_000, 999_700].map(formatBytes)).toEqual(['0 B', '999 B', '1.2 kB', '34 MB', '1.5 GB', '1.0 MB']);
	});
});
