// Starts a demo engine on a fresh socket for a test file; close() removes it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {startDemoEngine, type DemoEngine, type DemoEngineOptions} from '../../source/demo-engine/server.js';

export async function startTestDemo(options: Partial<DemoEngineOptions> = {}): Promise<DemoEngine & {host: string}> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-demo-'));
	const engine = await startDemoEngine({socketPath: path.join(dir, 'docker.sock'), ...options});
	const close = async () => {
		await engine.close();
		fs.rmSync(dir, {recursive: true, force: true});
	};
	return {...engine, close, host: `unix://${engine.socketPath}`};
}
