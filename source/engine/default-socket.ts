// The socket used when nothing names a daemon (no -H, DOCKER_HOST or context): Docker's, or where
// there is none, Podman's — rootless under $XDG_RUNTIME_DIR first, then the root service's.
import {existsSync} from 'node:fs';
import {join} from 'node:path';

export const DOCKER_SOCKET = '/var/run/docker.sock';

export type SocketProbe = {env: NodeJS.ProcessEnv; exists: (path: string) => boolean};

export const realProbe = (env: NodeJS.ProcessEnv = process.env): SocketProbe => ({env, exists: existsSync});

export function defaultSocketHost({env, exists}: SocketProbe): string {
	if (exists(DOCKER_SOCKET)) return `unix://${DOCKER_SOCKET}`;
	const podman = [env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, 'podman', 'podman.sock') : '', '/run/podman/podman.sock'].filter(Boolean);
	const found = podman.find(path => exists(path));
	// none at all: name Docker's, so the error says what the user most likely expected
	return found ? `unix://${found}` : `unix://${DOCKER_SOCKET}`;
}
