// An in-memory Engine for store unit tests: containers held in a map, an events stream the test
// feeds by hand, and hooks to delay or fail calls.
import {DockerApiError, DockerConnectionError} from '../../source/engine/errors.js';
import type {ContainerInspect, ContainerSummary, DockerEvent, Endpoint, Engine, ImageSummary, Info, Network, Version, Volume} from '../../source/engine/types.js';

export const fakeEndpoint: Endpoint = {url: 'unix:///fake/docker.sock', kind: 'unix', socketPath: '/fake/docker.sock', insecure: false, source: 'flag'};

type EventStream = {
	push(event: DockerEvent): void;
	badLine(line: string): void;
	end(): void;
	fail(error: Error): void;
	readonly since: number | undefined;
	readonly closed: boolean;
};

export function summary(id: string, fields: Partial<ContainerSummary> = {}): ContainerSummary {
	return {Id: id, Names: [`/${id}-name`], Image: 'busybox', ImageID: 'sha256:img', Command: 'sh', Created: 1_700_000_000, State: 'running', Status: 'Up 1 minute', Ports: [], Labels: {}, ...fields};
}

export function inspect(id: string, fields: {state?: Partial<ContainerInspect['State']>; name?: string; tty?: boolean} = {}): ContainerInspect {
	return {
		Id: id,
		Name: `/${fields.name ?? `${id}-name`}`,
		Created: '2023-11-14T22:13:20Z',
		Image: 'sha256:img',
		RestartCount: 0,
		State: {Status: 'running', Running: true, Paused: false, Restarting: false, OOMKilled: false, Dead: false, Pid: 1, ExitCode: 0, Error: '', StartedAt: '2023-11-14T22:13:21Z', FinishedAt: '0001-01-01T00:00:00Z', ...fields.state},
		Config: {Tty: fields.tty ?? false, OpenStdin: false, Image: 'busybox', Cmd: ['sh'], Entrypoint: null, Env: null, Labels: {}, WorkingDir: '', User: ''},
		HostConfig: {},
		NetworkSettings: {Ports: {}, Networks: {}},
		Mounts: [],
	};
}

export function event(action: string, id: string, timeNano: number, attributes: Record<string, string> = {}, type = 'container'): DockerEvent {
	return {Type: type, Action: action, Actor: {ID: id, Attributes: attributes}, time: Math.floor(timeNano / 1e9), timeNano};
}

export class FakeEngine {
	readonly endpoint = fakeEndpoint;
	readonly readOnly = false;
	apiVersion: string | null = '1.41';
	/** What /version answers (set Components to Podman's to be Podman). */
	version: Version = {Version: '20.10.24', ApiVersion: '1.41', MinAPIVersion: '1.12', Os: 'linux', Arch: 'amd64'};
	containers = new Map<string, ContainerSummary>();
	inspects = new Map<string, ContainerInspect>();
	images: ImageSummary[] = [];
	volumes: Volume[] = [];
	networks: Network[] = [];
	calls: string[] = [];
	streams: EventStream[] = [];
	/** Set to make every call fail as if the daemon were gone. */
	down = false;
	/** Makes inspect fail the way the engine reports a headers timeout. */
	timeoutInspect = false;
	/** Awaited before a listContainers answer (lets a test slip events in between). */
	beforeList: (() => Promise<void>) | null = null;
	/** Awaited before an inspect answer (a fetch held in flight). */
	beforeInspect: (() => Promise<void>) | null = null;

	private gate(name: string): void {
		this.calls.push(name);
		if (this.down) throw new DockerConnectionError('no Docker daemon at unix:///fake/docker.sock (socket missing)', fakeEndpoint.url, 'ENOENT');
	}

	get stream(): EventStream {
		const last = this.streams.at(-1);
		if (!last) throw new Error('no events stream open');
		return last;
	}

	asEngine(): Engine {
		const self = this;
		const engine: Partial<Engine> = {
			endpoint: this.endpoint,
			readOnly: false,
			get apiVersion() {
				return self.apiVersion;
			},
			negotiate: async () => (self.gate('negotiate'), '1.41'),
			ping: async () => (self.gate('ping'), {apiVersion: '1.41'}),
			version: async () => (self.gate('version'), self.version),
			info: async () => (self.gate('info'), {ID: 'x', Name: 'fake', ServerVersion: '20.10.24'} as Info),
			listContainers: async () => {
				self.gate('listContainers');
				const snapshot = [...self.containers.values()];
				await self.beforeList?.();
				return snapshot;
			},
			inspectContainer: async id => {
				self.gate(`inspect:${id}`);
				await self.beforeInspect?.();
				if (self.timeoutInspect) throw new DockerConnectionError('Docker daemon at unix:///fake/docker.sock did not answer within 30 s — is it overloaded or hung?', fakeEndpoint.url, 'TIMEOUT');
				const found = self.inspects.get(id);
				if (found) return found;
				const listed = self.containers.get(id);
				if (!listed) throw new DockerApiError(404, `No such container: ${id}`, 'GET', `/containers/${id}/json`);
				// consistent with the list when the test gave no inspect of its own
				return inspect(id, {name: listed.Names[0]?.slice(1), state: {Status: listed.State, Running: listed.State === 'running', Paused: listed.State === 'paused'}});
			},
			listImages: async () => (self.gate('listImages'), self.images),
			listVolumes: async () => (self.gate('listVolumes'), self.volumes),
			listNetworks: async () => (self.gate('listNetworks'), self.networks),
			inspectVolume: async name => {
				self.gate(`inspectVolume:${name}`);
				const found = self.volumes.find(volume => volume.Name === name);
				if (!found) throw new DockerApiError(404, 'no such volume', 'GET', `/volumes/${name}`);
				return found;
			},
			inspectNetwork: async id => {
				self.gate(`inspectNetwork:${id}`);
				const found = self.networks.find(network => network.Id === id);
				if (!found) throw new DockerApiError(404, 'no such network', 'GET', `/networks/${id}`);
				return found;
			},
			events: options => self.openStream(options),
			close: async () => {},
		};
		return engine as Engine;
	}

	private openStream(options: Parameters<Engine['events']>[0] = {}): AsyncIterable<DockerEvent> {
		const self = this;
		return {
			[Symbol.asyncIterator]() {
				return self.iterate(options);
			},
		};
	}

	private async *iterate(options: Parameters<Engine['events']>[0] = {}): AsyncGenerator<DockerEvent> {
		this.gate('events');
		const queue: Array<{event?: DockerEvent; end?: true; error?: Error}> = [];
		let wakeUp: (() => void) | null = null;
		const put = (item: (typeof queue)[number]) => {
			queue.push(item);
			wakeUp?.();
		};
		let closed = false;
		const stream: EventStream = {
			push: event => put({event}),
			badLine: line => options.onBadLine?.(line, new Error('Unexpected token')),
			end: () => put({end: true}),
			fail: error => put({error}),
			since: options.since,
			get closed() {
				return closed;
			},
		};
		this.streams.push(stream);
		const abort = () => wakeUp?.();
		options.signal?.addEventListener('abort', abort);
		try {
			while (!options.signal?.aborted) {
				const item = queue.shift();
				if (!item) {
					await new Promise<void>(resolve => {
						wakeUp = resolve;
					});
					wakeUp = null;
					continue;
				}
				if (item.error) throw item.error;
				if (item.end) return;
				yield item.event!;
			}
		} finally {
			closed = true;
			options.signal?.removeEventListener('abort', abort);
		}
	}
}
