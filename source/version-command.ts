// `dockhand version [--json]`: what `docker version` shows, through the API. Unreachable daemon:
// one line on stderr, exit code 1.
import {tlsFlags, type Settings} from './settings.js';
import {createEngine} from './engine/create-engine.js';
import {resolveEndpoint} from './engine/endpoint.js';
import {describeError} from './engine/errors.js';
import type {Endpoint} from './engine/types.js';
import {inertText} from './text/inert-text.js';

export type VersionReport = {
	client: string;
	endpoint: string;
	source: Endpoint['source'];
	engine: string;
	apiVersion: string;
	apiMax: string;
	apiMin: string;
	os: string;
	arch: string;
};

type Output = {stdout: (text: string) => void; stderr: (text: string) => void};

// Daemon text (versions, error messages) printed outside Ink: every byte through the one boundary.
const defaultOutput: Output = {stdout: text => process.stdout.write(inertText(text)), stderr: text => process.stderr.write(inertText(text))};

export async function collectVersion(flags: Pick<Settings, 'host' | 'context' | 'tlscacert' | 'tlscert' | 'tlskey' | 'tlsverify'>, env: NodeJS.ProcessEnv = process.env, onNote: (note: string) => void = () => {}): Promise<{report: VersionReport; endpoint: Endpoint}> {
	const endpoint = resolveEndpoint({host: flags.host, context: flags.context, env, tls: tlsFlags(flags)});
	const engine = createEngine(endpoint, {readOnly: true, env, requestTimeoutMs: 10_000});
	for (const note of engine.notes) onNote(note);
	try {
		const apiVersion = await engine.negotiate();
		const version = await engine.version();
		const report: VersionReport = {
			client: __DOCKHAND_VERSION__,
			endpoint: endpoint.url,
			source: endpoint.source,
			engine: version.Version,
			apiVersion,
			apiMax: version.ApiVersion,
			apiMin: version.MinAPIVersion,
			os: version.Os,
			arch: version.Arch,
		};
		return {report, endpoint};
	} finally {
		await engine.close();
	}
}

function sourceText(endpoint: Endpoint): string {
	switch (endpoint.source) {
		case 'flag':
			return 'from -H';
		case 'env':
			return 'from DOCKER_HOST';
		case 'context':
			return `from context "${endpoint.contextName ?? ''}"`;
		case 'default':
			return 'default';
	}
}

export function formatVersionText(report: VersionReport, endpoint: Endpoint): string {
	const warning = endpoint.insecure ? (endpoint.tls ? ' — TLS without verification' : ' — INSECURE: plain TCP, no TLS') : '';
	const rows: Array<[string, string]> = [
		['Client', ''],
		[' Version', report.client],
		[' Endpoint', `${report.endpoint} (${sourceText(endpoint)})${warning}`],
		['Server', ''],
		[' Engine', report.engine],
		[' OS/Arch', `${report.os}/${report.arch}`],
		[' API version', `${report.apiVersion} (negotiated; daemon max ${report.apiMax}, min ${report.apiMin})`],
	];
	return rows.map(([label, value]) => (value ? `${`${label}:`.padEnd(14)}${value}` : `${label}:`)).join('\n') + '\n';
}

export async function runVersionCommand(flags: Pick<Settings, 'host' | 'context' | 'json' | 'tlscacert' | 'tlscert' | 'tlskey' | 'tlsverify'>, output: Output = defaultOutput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
	try {
		const {report, endpoint} = await collectVersion(flags, env, note => output.stderr(`dockhand: ${note}\n`));
		output.stdout(flags.json ? `${JSON.stringify(report)}\n` : formatVersionText(report, endpoint));
		return 0;
	} catch (error) {
		// scripts parse stdout: --json always prints one object, here with the reason instead of the versions
		if (flags.json) output.stdout(`${JSON.stringify({client: __DOCKHAND_VERSION__, error: describeError(error)})}\n`);
		output.stderr(`dockhand: ${describeError(error)}\n`);
		return 1;
	}
}
