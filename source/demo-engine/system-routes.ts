// /_ping, /version, /info and /system/df (shape per API version: legacy before 1.52, both at 1.52, new after).
import os from 'node:os';
import {containerSummary} from './container-shapes.js';
import {boolParam, sendJson} from './http-kit.js';
import {imageSummary, volumeShape} from './resource-routes.js';
import type {DemoContext, Route} from './router.js';
import {atLeast, compareVersions, minimumApiVersion} from './versions.js';

function ping(ctx: DemoContext): void {
	ctx.res.writeHead(200, {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache, no-store, must-revalidate', Pragma: 'no-cache', 'Builder-Version': '2', Swarm: 'inactive'});
	ctx.res.end(ctx.req.method === 'HEAD' ? undefined : 'OK');
}

function version(ctx: DemoContext): void {
	const platform = {Name: 'Docker Engine - Demo'};
	const engine = {Version: '29.7.2-demo', ApiVersion: ctx.served, MinAPIVersion: minimumApiVersion, GitCommit: 'demo', GoVersion: 'go1.25.0', Os: 'linux', Arch: 'amd64', KernelVersion: os.release(), BuildTime: '2026-08-01T00:00:00.000000000+00:00'};
	sendJson(ctx.res, 200, {
		Platform: platform,
		Components: [{Name: 'Engine', Version: engine.Version, Details: {ApiVersion: engine.ApiVersion, Arch: 'amd64', BuildTime: engine.BuildTime, Experimental: 'false', GitCommit: 'demo', GoVersion: engine.GoVersion, KernelVersion: engine.KernelVersion, MinAPIVersion: engine.MinAPIVersion, Os: 'linux'}}],
		...engine,
	});
}

function info(ctx: DemoContext): void {
	const containers = ctx.world.containers;
	const count = (state: string) => containers.filter(c => c.state === state).length;
	sendJson(ctx.res, 200, {
		ID: 'DEMO:ENGI:NE00:0000:0000:0000:0000:0000:0000:0000:0000:0000', Containers: containers.length,
		ContainersRunning: count('running') + count('restarting'), ContainersPaused: count('paused'), ContainersStopped: count('exited') + count('created'),
		Images: ctx.world.images.length, Driver: 'overlay2', DriverStatus: [['Backing Filesystem', 'extfs'], ['Supports d_type', 'true']],
		Plugins: {Volume: ['local'], Network: ['bridge', 'host', 'null'], Authorization: null, Log: ['json-file', 'local']},
		MemoryLimit: true, SwapLimit: true, CpuCfsPeriod: true, CpuCfsQuota: true, CPUShares: true, CPUSet: true, PidsLimit: true, IPv4Forwarding: true,
		...(atLeast(ctx.version, '1.44') ? {} : {BridgeNfIptables: true, BridgeNfIp6tables: true}),
		Debug: false, NFd: 40, OomKillDisable: false, NGoroutines: 60, SystemTime: new Date().toISOString(), LoggingDriver: 'json-file', CgroupDriver: 'systemd', CgroupVersion: '2',
		NEventsListener: ctx.world.listenerCount, KernelVersion: os.release(), OperatingSystem: 'Demo Linux (simulated by dockhand)', OSVersion: '1', OSType: 'linux', Architecture: 'x86_64',
		IndexServerAddress: 'https://index.docker.io/v1/', RegistryConfig: {IndexConfigs: {}, InsecureRegistryCIDRs: ['127.0.0.0/8'], Mirrors: []},
		NCPU: os.cpus().length, MemTotal: os.totalmem(), GenericResources: null, DockerRootDir: '/var/lib/docker', HttpProxy: '', HttpsProxy: '', NoProxy: '',
		Name: 'dockhand-demo', Labels: [], ExperimentalBuild: false, ServerVersion: '29.7.2-demo',
		Runtimes: {runc: {path: 'runc'}}, DefaultRuntime: 'runc', Swarm: {NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: []},
		LiveRestoreEnabled: false, Isolation: '', InitBinary: 'docker-init', ContainerdCommit: {ID: 'demo'}, RuncCommit: {ID: 'demo'}, InitCommit: {ID: 'demo'},
		SecurityOptions: ['name=seccomp,profile=builtin', 'name=cgroupns'], Warnings: null,
	});
}

function df(ctx: DemoContext): void {
	const {world, version: v} = ctx;
	const now = Date.now();
	const images = world.images.map(image => imageSummary(image, world, v));
	const containers = world.containers.map(c => ({...containerSummary(c, world.networks, v, now), SizeRw: 4096 * (c.index + 1), SizeRootFs: 8_000_000}));
	const volumes = world.volumes.map(volume => ({...volumeShape(volume, v), UsageData: {Size: 40_000_000, RefCount: world.containers.filter(c => c.volumes.includes(volume.name)).length}}));
	const legacy = {LayersSize: world.images.reduce((sum, image) => sum + image.size, 0), Images: images, Containers: containers, Volumes: volumes, BuildCache: []};
	if (compareVersions(v, '1.52') < 0) {
		sendJson(ctx.res, 200, legacy);
		return;
	}
	const verbose = boolParam(ctx.query.get('verbose'));
	const used = new Set(world.containers.map(c => c.imageId));
	const current = {
		ImageUsage: {ActiveCount: used.size, TotalCount: images.length, Reclaimable: world.images.filter(i => !used.has(i.id)).reduce((s, i) => s + i.size, 0), TotalSize: legacy.LayersSize, ...(verbose ? {Items: images} : {})},
		ContainerUsage: {ActiveCount: world.containers.filter(c => c.state === 'running').length, TotalCount: containers.length, Reclaimable: 0, TotalSize: containers.reduce((s, c) => s + c.SizeRw, 0), ...(verbose ? {Items: containers} : {})},
		VolumeUsage: {ActiveCount: volumes.filter(vol => vol.UsageData.RefCount > 0).length, TotalCount: volumes.length, Reclaimable: 40_000_000, TotalSize: volumes.length * 40_000_000, ...(verbose ? {Items: volumes} : {})},
		BuildCacheUsage: {ActiveCount: 0, TotalCount: 0, Reclaimable: 0, TotalSize: 0},
	};
	sendJson(ctx.res, 200, v === '1.52' && !verbose ? {...legacy, ...current} : current);
}

export const systemRoutes: Route[] = [
	['GET', /^\/_ping$/, ping],
	['GET', /^\/version$/, version],
	['GET', /^\/info$/, info],
	['GET', /^\/system\/df$/, df],
];
