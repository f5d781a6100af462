import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {StatsSample} from '../../../source/engine/types.js';
import {cpuPercent, memoryUsed, statsFigures, statsRates} from '../../../source/store/stats/stats-figures.js';

const recorded = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), 'utf8')) as StatsSample;
const noNaN = (figures: object) => Object.values(figures).every(value => value === null || Number.isFinite(value));

describe('stats figures (as the docker CLI computes them)', () => {
	it('dockerd 20.10 on cgroup v1: CPU from precpu_stats, memory, PIDs; no networks and empty blkio are unknown, not 0', () => {
		const figures = statsFigures(recorded('docker-20.10-cgroup1-once'))!;
		// (1621478062 − 1089259848) / (5895100000000 − 5893090000000) × 2 CPUs × 100
		expect(figures.cpuPercent).toBeCloseTo(52.957, 2);
		expect(figures.memUsed).toBe(335_872);
		expect(figures.memLimit).toBe(25_276_510_208);
		expect(figures.memPercent).toBeCloseTo((335_872 / 25_276_510_208) * 100, 8);
		expect(figures.pids).toBe(1);
		expect([figures.netRx, figures.netTx, figures.blkRead, figures.blkWrite]).toEqual([null, null, null, null]);
	});

	it('cgroup v1 memory leaves out total_inactive_file (page cache the kernel can drop)', () => {
		const sample = recorded('docker-20.10-cgroup1-once');
		const memory = {...sample.memory_stats, usage: 10_000_000, stats: {...sample.memory_stats.stats, total_inactive_file: 4_000_000, inactive_file: 1}};
		expect(memoryUsed(memory)).toBe(6_000_000);
		// larger than usage (seen right after a cgroup reset): usage stands
		expect(memoryUsed({...memory, stats: {total_inactive_file: 20_000_000}})).toBe(10_000_000);
	});

	it('dockerd on cgroup v2: inactive_file subtracted, networks and read/write ops summed over devices', () => {
		const figures = statsFigures(recorded('docker-cgroup2-stream'))!;
		expect(figures.cpuPercent).toBeCloseTo(50, 6); // 0.5 s of 4 s system time on 4 CPUs
		expect(figures.memUsed).toBe(52_428_800 - 12_582_912);
		expect(figures.memPercent).toBeCloseTo(3.7109375, 6);
		expect([figures.netRx, figures.netTx]).toEqual([2_000_000, 300_000]);
		expect([figures.blkRead, figures.blkWrite]).toEqual([4_100_000, 1_024_000]);
		expect(figures.pids).toBe(7);
	});

	it('falls back to the length of percpu_usage when online_cpus is absent', () => {
		const sample = recorded('docker-20.10-cgroup1-once');
		const {online_cpus: _, ...cpu} = sample.cpu_stats;
		expect(cpuPercent(cpu, sample.precpu_stats)).toBeCloseTo(52.957, 2);
		const {percpu_usage: __, ...usage} = cpu.cpu_usage;
		expect(cpuPercent({...cpu, cpu_usage: usage}, sample.precpu_stats)).toBeNull();
	});

	it('Podman 4: no memory stats block (usage stands), zero precpu_stats (CPU needs a previous sample)', () => {
		const sample = recorded('podman-4.3-once');
		const figures = statsFigures(sample)!;
		expect(figures.cpuPercent).toBeNull();
		expect(figures.memUsed).toBe(1_310_720);
		expect([figures.netRx, figures.netTx]).toEqual([860, 1200]);
		expect([figures.blkRead, figures.blkWrite]).toEqual([0, 0]);
		const earlier = {...sample, cpu_stats: {...sample.cpu_stats, cpu_usage: {total_usage: 8_000_000_000}, system_cpu_usage: 118_000_000_000}};
		expect(statsFigures(sample, earlier)!.cpuPercent).toBeCloseTo(100, 6);
	});

	it('first streamed sample has no precpu_stats: unknown alone, computed against the previous sample when there is one', () => {
		const first = recorded('docker-20.10-cgroup1-stream-first');
		expect(statsFigures(first)!.cpuPercent).toBeNull();
		expect(statsFigures(first, recorded('docker-20.10-cgroup1-once'))!.cpuPercent).toBeCloseTo(66.23, 1);
	});

	it('a container stopped mid-stream (zero time, empty blocks) gives no figures, and nothing is NaN', () => {
		expect(statsFigures(recorded('docker-20.10-cgroup1-stopped'))).toBeNull();
		const broken = {read: '2026-11-28T10:00:00Z', cpu_stats: {}, precpu_stats: {}, memory_stats: {usage: 5, limit: 0}} as unknown as StatsSample;
		const figures = statsFigures(broken)!;
		expect(noNaN(figures)).toBe(true);
		expect(figures.memPercent).toBeNull();
		for (const name of ['docker-20.10-cgroup1-once', 'docker-cgroup2-stream', 'podman-4.3-once', 'docker-20.10-cgroup1-stream-first']) {
			expect(noNaN(statsFigures(recorded(name))!)).toBe(true);
		}
	});

	it('rates are bytes per second between two samples; a counter that went back (restart) is unknown', () => {
		const after = statsFigures(recorded('docker-cgroup2-stream'))!;
		const before = {...after, at: after.at - 2000, netRx: after.netRx! - 1000, netTx: after.netTx! + 1, blkRead: null};
		expect(statsRates(before, after)).toEqual({netRx: 500, netTx: null, blkRead: null, blkWrite: 0});
		expect(statsRates(undefined, after)).toEqual({netRx: null, netTx: null, blkRead: null, blkWrite: null});
	});
});
