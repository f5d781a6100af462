import {describe, expect, it} from 'vitest';
import {engineLabel, isPodman} from '../../source/engine/engine-kind.js';
import type {Version} from '../../source/engine/types.js';

// as Podman 4.3.1 and dockerd 20.10 answer /version
const podman: Version = {Version: '4.3.1', ApiVersion: '1.41', MinAPIVersion: '1.24', Os: 'linux', Arch: 'amd64', Components: [{Name: 'Podman Engine', Version: '4.3.1'}]};
const docker: Version = {Version: '20.10.24+dfsg1', ApiVersion: '1.41', MinAPIVersion: '1.12', Os: 'linux', Arch: 'amd64', Components: [{Name: 'Engine', Version: '20.10.24+dfsg1'}, {Name: 'containerd', Version: '1.6.20'}]};

describe('engine kind', () => {
	it("knows Podman by /version's components or /_ping's Libpod-Api-Version", () => {
		expect(isPodman(podman)).toBe(true);
		expect(isPodman(docker)).toBe(false);
		expect(isPodman(null, {apiVersion: '1.41', libpodApiVersion: '4.3.1'})).toBe(true);
		expect(isPodman({...docker, Components: undefined})).toBe(false);
	});

	it('names the engine in the header: Podman or Engine, with its version', () => {
		expect(engineLabel(podman)).toBe('Podman 4.3.1');
		expect(engineLabel(docker)).toBe('Engine 20.10.24+dfsg1');
		expect(engineLabel(null)).toBeNull();
	});
});
