// Container JSON as dockerd writes it, per API version (list Health from 1.52).
import type {DemoContainer, DemoNetwork} from './model.js';
import {atLeast} from './versions.js';

const zeroTime = '0001-01-01T00:00:00Z';

/** go-units HumanDuration, which `docker ps` shows in Status. */
export function humanDuration(ms: number): string {
	const seconds = Math.floor(ms / 1000);
	if (seconds < 1) return 'Less than a second';
	if (seconds === 1) return '1 second';
	if (seconds < 60) return `${seconds} seconds`;
	const minutes = Math.floor(seconds / 60);
	if (minutes === 1) return 'About a minute';
	if (minutes < 60) return `${minutes} minutes`;
	const hours = Math.round(seconds / 3600);
	if (hours === 1) return 'About an hour';
	if (hours < 48) return `${hours} hours`;
	return `${Math.floor(hours / 24)} days`;
}

export function statusText(c: DemoContainer, now: number): string {
	switch (c.state) {
		case 'running':
			return `Up ${humanDuration(now - c.startedAt)}${c.health ? ` (${c.health.status === 'starting' ? 'health: starting' : c.health.status})` : ''}`;
		case 'paused':
			return `Up ${humanDuration(now - c.startedAt)} (Paused)`;
		case 'restarting':
			return `Restarting (${c.exitCode}) ${humanDuration(now - c.finishedAt)} ago`;
		case 'exited':
			return c.startedAt === 0 ? 'Created' : `Exited (${c.exitCode}) ${humanDuration(now - c.finishedAt)} ago`;
		default:
			return 'Created';
	}
}

function portsOf(c: DemoContainer) {
	return c.ports.map(p => (p.PublicPort === undefined ? {PrivatePort: p.PrivatePort, Type: p.Type} : {IP: p.IP, PrivatePort: p.PrivatePort, PublicPort: p.PublicPort, Type: p.Type}));
}

function endpoint(c: DemoContainer, network: DemoNetwork | undefined, version: string) {
	return {
		IPAMConfig: null, Links: null, Aliases: null, ...(atLeast(version, '1.44') ? {DNSNames: null} : {}),
		MacAddress: macOf(c), NetworkID: network?.id ?? '', EndpointID: c.id.slice(0, 64), Gateway: c.ip.replace(/\.\d+$/, '.1'),
		IPAddress: c.state === 'running' || c.state === 'paused' ? c.ip : '', IPPrefixLen: 16, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, DriverOpts: null,
	};
}

function macOf(c: DemoContainer): string {
	return `02:42:ac:${c.ip.split('.').slice(1).map(n => Number(n).toString(16).padStart(2, '0')).join(':')}`;
}

function mountsOf(c: DemoContainer) {
	return c.volumes.map(name => ({Type: 'volume', Name: name, Source: `/var/lib/docker/volumes/${name}/_data`, Destination: '/var/lib/postgresql/data', Driver: 'local', Mode: 'z', RW: true, Propagation: ''}));
}

export function containerSummary(c: DemoContainer, networks: DemoNetwork[], version: string, now: number) {
	const network = networks.find(n => n.name === c.network);
	return {
		Id: c.id, Names: [`/${c.name}`], Image: c.image, ImageID: c.imageId, Command: c.command.join(' '),
		Created: Math.floor(c.created / 1000), Ports: portsOf(c), Labels: c.labels, State: c.state, Status: statusText(c, now),
		...(atLeast(version, '1.52') && c.health ? {Health: {Status: c.health.status, FailingStreak: c.health.failingStreak}} : {}),
		HostConfig: {NetworkMode: c.network === 'bridge' ? 'default' : c.network},
		NetworkSettings: {Networks: {[c.network]: endpoint(c, network, version)}},
		Mounts: mountsOf(c),
	};
}

const iso = (ms: number) => (ms === 0 ? zeroTime : new Date(ms).toISOString());

export function containerInspect(c: DemoContainer, networks: DemoNetwork[], version: string, now: number) {
	const network = networks.find(n => n.name === c.network);
	const health = c.health && {
		Status: c.health.status, FailingStreak: c.health.failingStreak,
		Log: c.health.status === 'unhealthy'
			? [{Start: iso(now - 5000), End: iso(now - 4000), ExitCode: 1, Output: 'curl: (28) Operation timed out after 1000 milliseconds\n'}]
			: [],
	};
	return {
		Id: c.id, Created: iso(c.created), Path: c.command[0], Args: c.command.slice(1),
		State: {
			Status: c.state, Running: c.state === 'running' || c.state === 'paused', Paused: c.state === 'paused', Restarting: c.state === 'restarting',
			OOMKilled: false, Dead: false, Pid: c.pid, ExitCode: c.exitCode, Error: '', StartedAt: iso(c.startedAt), FinishedAt: iso(c.finishedAt),
			...(health ? {Health: health} : {}),
		},
		Image: c.imageId, ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`, HostnamePath: `/var/lib/docker/containers/${c.id}/hostname`,
		HostsPath: `/var/lib/docker/containers/${c.id}/hosts`, LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
		Name: `/${c.name}`, RestartCount: c.restartCount, Driver: 'overlay2', Platform: 'linux', MountLabel: '', ProcessLabel: '', AppArmorProfile: 'docker-default',
		ExecIDs: null,
		HostConfig: {
			Binds: null, ContainerIDFile: '', LogConfig: {Type: 'json-file', Config: {}}, NetworkMode: c.network === 'bridge' ? 'default' : c.network,
			PortBindings: Object.fromEntries(c.ports.filter(p => p.PublicPort).map(p => [`${p.PrivatePort}/${p.Type}`, [{HostIp: '', HostPort: String(p.PublicPort)}]])),
			RestartPolicy: {Name: c.restartPolicy, MaximumRetryCount: 0}, AutoRemove: false, VolumeDriver: '', VolumesFrom: null,
			CapAdd: null, CapDrop: null, Dns: [], DnsOptions: [], DnsSearch: [], ExtraHosts: null, GroupAdd: null, IpcMode: 'private', Cgroup: '', Links: null,
			OomScoreAdj: 0, PidMode: '', Privileged: false, PublishAllPorts: false, ReadonlyRootfs: false, SecurityOpt: null, UTSMode: '', UsernsMode: '',
			ShmSize: 67_108_864, Runtime: 'runc', Isolation: '', CpuShares: 0, Memory: 0, NanoCpus: 0, CgroupParent: '', BlkioWeight: 0,
			CpuPeriod: 0, CpuQuota: 0, CpusetCpus: '', CpusetMems: '', Devices: [], MemoryReservation: 0, MemorySwap: 0, PidsLimit: null, Ulimits: null,
			Mounts: c.volumes.map(name => ({Type: 'volume', Source: name, Target: '/var/lib/postgresql/data'})),
		},
		GraphDriver: {Name: 'overlay2', Data: {MergedDir: `/var/lib/docker/overlay2/${c.id}/merged`, UpperDir: `/var/lib/docker/overlay2/${c.id}/diff`, WorkDir: `/var/lib/docker/overlay2/${c.id}/work`}},
		Mounts: mountsOf(c),
		Config: {
			Hostname: c.id.slice(0, 12), Domainname: '', User: '', AttachStdin: false, AttachStdout: true, AttachStderr: true,
			ExposedPorts: c.ports.length > 0 ? Object.fromEntries(c.ports.map(p => [`${p.PrivatePort}/${p.Type}`, {}])) : undefined,
			Tty: c.tty, OpenStdin: c.tty, StdinOnce: false, Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
			Cmd: c.command, Image: c.image, Volumes: null, WorkingDir: '/', Entrypoint: null, OnBuild: null, Labels: c.labels,
			...(c.health ? {Healthcheck: {Test: ['CMD-SHELL', 'curl -fsS http://localhost/health || exit 1'], Interval: 10_000_000_000}} : {}),
		},
		NetworkSettings: {
			Bridge: '', SandboxID: c.id.split('').reverse().join(''), SandboxKey: `/var/run/docker/netns/${c.id.slice(0, 12)}`,
			Ports: Object.fromEntries(c.ports.map(p => [`${p.PrivatePort}/${p.Type}`, p.PublicPort ? [{HostIp: '0.0.0.0', HostPort: String(p.PublicPort)}] : null])),
			Networks: {[c.network]: endpoint(c, network, version)},
			...(atLeast(version, '1.44') ? {} : {
				HairpinMode: false, LinkLocalIPv6Address: '', LinkLocalIPv6PrefixLen: 0, SecondaryIPAddresses: null, SecondaryIPv6Addresses: null,
				EndpointID: '', Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, IPAddress: '', IPPrefixLen: 0, IPv6Gateway: '', MacAddress: '',
			}),
		},
	};
}
