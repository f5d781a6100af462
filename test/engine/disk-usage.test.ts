// /system/df in both shapes: a body recorded from dockerd 20.10 (API 1.41, legacy lists) and one in
// the per-type shape of API 1.52+ as the spec describes it (verbose, so volumes are listed).
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseDiskUsage} from '../../source/engine/disk-usage.js';
import type {SystemDfBody} from '../../source/engine/types.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as SystemDfBody;

describe('parseDiskUsage', () => {
	it('reads the legacy lists of dockerd 20.10 (one image used by two containers, one mounted volume, no build cache)', () => {
		const df = parseDiskUsage(fixture('system-df-1.41.json'));
		expect(df.usage.images).toEqual({total: 1, active: 1, size: 1_984_172, reclaimable: 0});
		expect(df.usage.containers).toEqual({total: 2, active: 1, size: 0, reclaimable: 0});
		expect(df.usage.volumes).toEqual({total: 1, active: 1, size: 0, reclaimable: 0});
		expect(df.usage.buildCache).toBeNull();
		expect(df.volumeSizes.get('dfvol')).toBe(0);
	});

	it('reads the per-type usage of API 1.52+ and the volume sizes it lists, leaving out unmeasured ones', () => {
		const df = parseDiskUsage(fixture('system-df-1.53-verbose.json'));
		expect(df.usage.images).toEqual({total: 3, active: 1, size: 98_765_432, reclaimable: 51_200_000});
		expect(df.usage.containers).toEqual({total: 5, active: 2, size: 12_288, reclaimable: 4096});
		expect(df.usage.volumes).toEqual({total: 2, active: 1, size: 1_060_864, reclaimable: 1_048_576});
		expect(df.usage.buildCache).toEqual({total: 4, active: 0, size: 8192, reclaimable: 2048});
		expect([...df.volumeSizes]).toEqual([['dfvol', 12_288], ['orphan', 1_048_576]]);
	});

	it('legacy: unused images, stopped containers, unmounted volumes and idle cache count as reclaimable', () => {
		const df = parseDiskUsage({
			LayersSize: 3000,
			Images: [
				{Id: 'a', ParentId: '', RepoTags: null, RepoDigests: null, Created: 0, Size: 2000, SharedSize: 500, Containers: 1, Labels: null},
				{Id: 'b', ParentId: '', RepoTags: null, RepoDigests: null, Created: 0, Size: 1500, SharedSize: 500, Containers: 0, Labels: null},
			],
			Containers: [
				{Id: 'c1', Names: ['/c1'], Image: 'a', ImageID: 'a', Command: '', Created: 0, State: 'running', Status: '', Ports: [], Labels: null, SizeRw: 10},
				{Id: 'c2', Names: ['/c2'], Image: 'a', ImageID: 'a', Command: '', Created: 0, State: 'exited', Status: '', Ports: [], Labels: null, SizeRw: 30},
			],
			Volumes: [
				{Name: 'used', Driver: 'local', Mountpoint: '', Labels: null, Scope: 'local', UsageData: {Size: 100, RefCount: 1}},
				{Name: 'idle', Driver: 'local', Mountpoint: '', Labels: null, Scope: 'local', UsageData: {Size: 40, RefCount: 0}},
			],
			BuildCache: [
				{ID: 'x', Size: 7, InUse: true, Shared: false},
				{ID: 'y', Size: 5, InUse: false, Shared: false},
				{ID: 'z', Size: 100, InUse: false, Shared: true},
			],
		});
		expect(df.usage.images).toEqual({total: 2, active: 1, size: 3000, reclaimable: 1500});
		expect(df.usage.containers).toEqual({total: 2, active: 1, size: 40, reclaimable: 30});
		expect(df.usage.volumes).toEqual({total: 2, active: 1, size: 140, reclaimable: 40});
		expect(df.usage.buildCache).toEqual({total: 3, active: 1, size: 12, reclaimable: 5});
	});

	it('an answer with neither shape gives no figures rather than zeros', () => {
		expect(parseDiskUsage({}).usage).toEqual({images: null, containers: null, volumes: null, buildCache: null});
	});
});
