// Which engine answers behind the Docker API: Podman's compat API says so in /version's components
// (and /_ping's Libpod-Api-Version header); anything else is taken for Docker.
import type {Ping, Version} from './types.js';

export function isPodman(version: Version | null | undefined, ping?: Ping | null): boolean {
	if (ping?.libpodApiVersion) return true;
	return version?.Components?.some(component => component.Name === 'Podman Engine') ?? false;
}

/** The engine's name and version for the header: "Podman 4.3.1" or "Engine 20.10.24". */
export function engineLabel(version: Version | null | undefined): string | null {
	if (!version?.Version) return null;
	return `${isPodman(version) ? 'Podman' : 'Engine'} ${version.Version}`;
}
