import {describe, expect, it} from 'vitest';
import type {ContainerInspect} from '../../../source/engine/types.js';
import {tableHeight} from '../../../source/ui/components/key-value-table.js';
import {blocksHeight} from '../../../source/ui/inspect/inspect-blocks.js';
import {envFields, healthBlocks, limitFields, mountRows, networkBlocks, overviewFields, portRows, sectionBlocks} from '../../../source/ui/inspect/inspect-sections.js';
import {matchingLines, nextMatch, rawLines} from '../../../source/ui/inspect/raw-json.js';
import {initialInspectView, inspectViewReducer} from '../../../source/ui/inspect/inspect-view-state.js';
import {compileSearch} from '../../../source/ui/logs/search-pattern.js';

const now = Date.parse('2026-11-29T01:10:00Z');

function inspect(patch: Partial<ContainerInspect> = {}): ContainerInspect {
	return {
		Id: 'a34bd7842da8', Name: '/web', Created: '2026-11-29T01:00:00Z', Image: 'sha256:ea50', RestartCount: 2,
		State: {Status: 'exited', Running: false, Paused: false, Restarting: false, OOMKilled: true, Dead: false, Pid: 0, ExitCode: 137, Error: '', StartedAt: '2026-11-29T01:01:00Z', FinishedAt: '2026-11-29T01:05:00Z'},
		Config: {Tty: false, OpenStdin: false, Image: 'nginx:1', Cmd: ['nginx', '-g', 'daemon off;'], Entrypoint: ['/docker-entrypoint.sh'], Env: ['DB_PASSWORD=hunter2', 'MODE=prod\u241B[31m'], Labels: {b: '2', a: '1'}, WorkingDir: '', User: '', ExposedPorts: {'80/tcp': {}, '53/udp': {}}},
		HostConfig: {RestartPolicy: {Name: 'on-failure', MaximumRetryCount: 5}, Memory: 256 * 1024 * 1024, NanoCpus: 1_500_000_000, PidsLimit: 100},
		NetworkSettings: {Ports: {'80/tcp': [{HostIp: '0.0.0.0', HostPort: '8080'}, {HostIp: '::', HostPort: '8080'}]}, Networks: {front: {IPAddress: '172.18.0.5', IPPrefixLen: 16, Gateway: '172.18.0.1', MacAddress: '02:42:ac:12:00:05', Aliases: ['web', 'a34bd7842da8']}}},
		Mounts: [{Type: 'volume', Name: 'data', Source: '/var/lib/docker/volumes/data/_data', Destination: '/data', RW: true, Mode: 'z'}, {Type: 'bind', Source: '/etc/app', Destination: '/etc/app', RW: false, Mode: 'ro'}],
		...patch,
	};
}

const value = (items: Array<{key: string; value: string}>, key: string) => items.find(item => item.key === key)?.value;

describe('inspect sections', () => {
	it('overview: times, exit code of a stopped container, restart policy and count, OOM-killed', () => {
		const items = overviewFields(inspect(), now, 'nginx@sha256:beef');
		expect(value(items, 'image')).toBe('nginx:1');
		expect(value(items, 'digest')).toBe('nginx@sha256:beef');
		expect(value(items, 'command')).toBe('nginx -g daemon off;');
		expect(value(items, 'entrypoint')).toBe('/docker-entrypoint.sh');
		expect(value(items, 'started')).toBe('2026-11-29 01:01:00 UTC (9m ago)');
		expect(value(items, 'exit code')).toBe('137');
		expect(value(items, 'restart')).toBe('on-failure (max 5) · restarted 2×');
		expect(value(items, 'OOM-killed')).toBe('yes');
	});

	it('a running container shows no exit code and "–" for a finish that never happened', () => {
		const running = inspect({State: {...inspect().State, Status: 'running', Running: true, FinishedAt: '0001-01-01T00:00:00Z'}});
		const items = overviewFields(running, now);
		expect(value(items, 'exit code')).toBeUndefined();
		expect(value(items, 'finished')).toBe('–');
	});

	it('limits: memory, CPUs from NanoCpus or quota, PIDs; unlimited when unset', () => {
		expect(limitFields(inspect())).toEqual([{key: 'memory', value: '268MB'}, {key: 'CPUs', value: '1.5'}, {key: 'PIDs', value: '100'}]);
		expect(limitFields(inspect({HostConfig: {CpuQuota: 50_000, CpuPeriod: 100_000}})).map(item => item.value)).toEqual(['unlimited', '0.5', 'unlimited']);
	});

	it('env: one field per variable, secrets masked, control characters made visible', () => {
		expect(envFields(inspect().Config.Env, false)).toEqual([{key: 'DB_PASSWORD', value: '••••••'}, {key: 'MODE', value: 'prod␛[31m'}]);
	});

	it('ports, mounts and networks', () => {
		expect(portRows(inspect())).toEqual([
			{container: '53', host: '(not published)', proto: 'udp'},
			{container: '80', host: '0.0.0.0:8080', proto: 'tcp'},
			{container: '80', host: ':::8080', proto: 'tcp'},
		]);
		expect(mountRows(inspect())).toEqual([
			{type: 'volume', source: 'data', destination: '/data', mode: 'z', rw: 'rw'},
			{type: 'bind', source: '/etc/app', destination: '/etc/app', mode: 'ro', rw: 'ro'},
		]);
		const [front] = networkBlocks(inspect());
		expect(front).toEqual({kind: 'fields', title: 'front', items: [
			{key: 'IP', value: '172.18.0.5/16'}, {key: 'gateway', value: '172.18.0.1'}, {key: 'MAC', value: '02:42:ac:12:00:05'}, {key: 'aliases', value: 'web, a34bd7842da8'},
		]});
	});

	it('health: status, failing streak and the last checks newest first with exit code and output', () => {
		const health = {Status: 'unhealthy' as const, FailingStreak: 3, Log: [
			{Start: '2026-11-29T01:08:00Z', End: '2026-11-29T01:08:01Z', ExitCode: 0, Output: 'ok\n'},
			{Start: '2026-11-29T01:09:00Z', End: '2026-11-29T01:09:01Z', ExitCode: 1, Output: 'connection refused\n'},
		]};
		const blocks = healthBlocks(inspect({State: {...inspect().State, Health: health}}), now);
		expect(blocks[0]).toEqual({kind: 'fields', items: [{key: 'status', value: 'unhealthy'}, {key: 'failing streak', value: '3'}]});
		expect(blocks[1]).toMatchObject({kind: 'table', rows: [{when: '1m ago', exit: '1', output: 'connection refused'}, {when: '2m ago', exit: '0', output: 'ok'}]});
		expect(healthBlocks(inspect(), now)).toEqual([{kind: 'lines', lines: ['no health check configured']}]);
	});

	it('overview heights count one line per field (no rule between rows) and ink-table rows as two', () => {
		const blocks = sectionBlocks('overview', inspect(), {now, reveal: false});
		const fields = blocks.flatMap(block => (block.kind === 'fields' ? block.items : []));
		const titles = blocks.filter(block => block.kind === 'fields' && block.title).length;
		expect(blocksHeight(blocks)).toBe(fields.length + titles);
		expect(blocksHeight(sectionBlocks('mounts', inspect(), {now, reveal: false}))).toBe(tableHeight(2));
	});
});

describe('raw inspect JSON', () => {
	it('masks secrets in the JSON lines and finds search matches, wrapping around', () => {
		const lines = rawLines(inspect(), false);
		expect(lines.join('\n')).not.toContain('hunter2');
		expect(lines.join('\n')).toContain('"DB_PASSWORD=••••••"');
		expect(rawLines(inspect(), true).join('\n')).toContain('"DB_PASSWORD=hunter2"');
		const hits = matchingLines(lines, compileSearch('destination').pattern);
		expect(hits.length).toBe(2);
		expect(nextMatch(hits, hits[0]!, 1)).toBe(hits[1]);
		expect(nextMatch(hits, hits[1]!, 1)).toBe(hits[0]);
		expect(nextMatch(hits, hits[0]!, -1)).toBe(hits[1]);
		// smart case, as in the logs: a lowercase query ignores case
		expect(matchingLines(lines, compileSearch('db_password').pattern)).toHaveLength(1);
		expect(matchingLines(lines, compileSearch('Db_Password').pattern)).toHaveLength(0);
	});

	it('search moves to the raw section; sections step around; scrolling stays within bounds', () => {
		let state = inspectViewReducer(initialInspectView, {type: 'search.start'});
		expect(state.section).toBe('raw');
		expect(state.search.editing).toBe(true);
		state = inspectViewReducer(state, {type: 'section.step', delta: 1});
		expect(state.section).toBe('overview');
		state = inspectViewReducer(state, {type: 'scroll', delta: 50, max: 7});
		expect(state.offset).toBe(7);
		state = inspectViewReducer(state, {type: 'section', section: 'env'});
		expect(state.offset).toBe(0);
	});
});
