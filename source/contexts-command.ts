// `dockhand contexts [--json]`: every daemon set up (contexts, DOCKER_HOST, -H), which one is
// current, and whether each answers (engine version) — what the contexts view shows, for scripts.
import {listEndpointChoices, type EndpointChoice} from './engine/endpoint-choices.js';
import {forEachLimited, probeEndpoint, type ProbeResult} from './engine/endpoint-probe.js';
import {tlsFlags, type Settings} from './settings.js';
import {inertText} from './text/inert-text.js';

export type ContextReport = {
	name: string;
	current: boolean;
	kind: EndpointChoice['kind'];
	description: string;
	endpoint: string;
	reachable: boolean;
	engine?: string;
	apiVersion?: string;
	os?: string;
	error?: string;
};

/** How many daemons are asked at once, and how long each may take. */
export const probeLimits = {concurrency: 4, timeoutMs: 3000};

export function contextReport(choice: EndpointChoice, probe: ProbeResult | undefined): ContextReport {
	const base = {name: choice.name, current: choice.current, kind: choice.kind, description: choice.description, endpoint: choice.host};
	if (choice.error && !choice.endpoint) return {...base, reachable: false, error: choice.error};
	if (!probe) return {...base, reachable: false};
	if (!probe.reachable) return {...base, reachable: false, error: probe.error};
	return {...base, reachable: true, engine: probe.engine, apiVersion: probe.apiVersion, os: probe.os};
}

export async function collectContexts(flags: Pick<Settings, 'host' | 'context' | 'tlscacert' | 'tlscert' | 'tlskey' | 'tlsverify'>, env: NodeJS.ProcessEnv = process.env): Promise<ContextReport[]> {
	const choices = listEndpointChoices({host: flags.host, context: flags.context, env, tls: tlsFlags(flags)});
	const probes = await forEachLimited(choices, probeLimits.concurrency, choice => (choice.endpoint && !choice.error ? probeEndpoint(choice.endpoint, {timeoutMs: probeLimits.timeoutMs, env}) : Promise.resolve(undefined)));
	return choices.map((choice, index) => contextReport(choice, probes[index]));
}

export function formatContextsText(reports: readonly ContextReport[]): string {
	const rows = [['', 'NAME', 'DESCRIPTION', 'ENDPOINT', 'ENGINE'], ...reports.map(report => [report.current ? '*' : '', report.name, report.description, report.endpoint, report.reachable ? `${report.engine} (API ${report.apiVersion})` : `✖ ${report.error ?? 'not probed'}`])];
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map(row => row[column]!.length)));
	return rows.map(row => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd()).join('\n') + '\n';
}

export async function runContextsCommand(flags: Pick<Settings, 'host' | 'context' | 'json' | 'tlscacert' | 'tlscert' | 'tlskey' | 'tlsverify'>, write: (text: string) => void = text => process.stdout.write(inertText(text)), env: NodeJS.ProcessEnv = process.env): Promise<number> {
	const reports = await collectContexts(flags, env);
	write(flags.json ? `${JSON.stringify(reports)}\n` : formatContextsText(reports));
	return 0;
}
