// `dockhand --demo`: a demo engine in this process on a private temporary socket. The UI reaches it
// through the ordinary engine client, over the socket, like any daemon.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Endpoint} from '../engine/types.js';
import {startDemoEngine} from './server.js';

export type EmbeddedDemo = {host: string; close: () => Promise<void>};

export async function startEmbeddedDemo(containers?: number): Promise<EmbeddedDemo> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockhand-demo-')); // 0700: nobody else reaches the socket
	const engine = await startDemoEngine({socketPath: path.join(dir, 'docker.sock'), containers});
	return {
		host: `unix://${engine.socketPath}`,
		close: async () => {
			await engine.close();
			fs.rmSync(dir, {recursive: true, force: true});
		},
	};
}

/** The demo is offered only when nothing names a daemon (no -H, DOCKER_HOST or context) and the default socket is absent. */
export function demoOffered(endpoint: Endpoint): boolean {
	return endpoint.source === 'default' && endpoint.kind === 'unix' && endpoint.socketPath !== undefined && !fs.existsSync(endpoint.socketPath);
}
