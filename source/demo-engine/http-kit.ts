// Small HTTP helpers for the demo engine: dockerd's headers, JSON answers, error bodies, request bodies, filters.
import type {IncomingMessage, ServerResponse} from 'node:http';
import {DemoError} from './world.js';

export const serverHeader = 'Docker/29.7.2-demo (linux)';

export function baseHeaders(apiVersion: string): Record<string, string> {
	return {'Api-Version': apiVersion, 'Docker-Experimental': 'false', Ostype: 'linux', Server: serverHeader};
}

// Fields without a value are left out rather than sent as null: the official (Swagger 2.0) schema
// cannot say null, and clients read an absent field as its zero value.
const withoutNulls = (_key: string, value: unknown) => (value === null ? undefined : value);

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
	const text = `${JSON.stringify(body, withoutNulls)}\n`;
	res.writeHead(status, {'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text)});
	res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number): void {
	res.writeHead(status);
	res.end();
}

export function sendError(res: ServerResponse, error: unknown): void {
	if (error instanceof DemoError) {
		sendJson(res, error.status, {message: error.message});
		return;
	}
	sendJson(res, 500, {message: error instanceof Error ? error.message : String(error)});
}

/** A JSON body, or a 400 with the daemon's kind of wording when it is not JSON. Empty bodies are {}. */
export async function readJson(req: IncomingMessage, head?: Buffer): Promise<Record<string, unknown>> {
	const chunks: Buffer[] = head && head.length > 0 ? [head] : [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return parseJsonBody(Buffer.concat(chunks).toString('utf8'));
}

export function parseJsonBody(text: string): Record<string, unknown> {
	if (text.trim() === '') return {};
	try {
		const value: unknown = JSON.parse(text);
		if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SyntaxError('not an object');
		return value as Record<string, unknown>;
	} catch (error) {
		throw new DemoError(400, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
}

export function boolParam(value: string | null): boolean {
	return value !== null && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** The `filters` query parameter: {"key": ["v"]} or the old {"key": {"v": true}} form. */
export function parseFilters(raw: string | null): Map<string, string[]> {
	const filters = new Map<string, string[]>();
	if (!raw) return filters;
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		throw new DemoError(400, `invalid filter '${raw}'`);
	}
	if (value === null || typeof value !== 'object') throw new DemoError(400, `invalid filter '${raw}'`);
	for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
		filters.set(key, Array.isArray(entry) ? entry.map(String) : Object.keys(entry as object));
	}
	return filters;
}

/** dockerd's time parameters: unix seconds with optional fraction, or an RFC 3339 date. Returns ms. */
export function timeParam(raw: string | null): number | undefined {
	if (raw === null || raw === '') return undefined;
	if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw) * 1000;
	const ms = Date.parse(raw);
	if (Number.isNaN(ms)) throw new DemoError(400, `invalid time value: ${raw}`);
	return ms;
}

/** label filters: `key` or `key=value`, every one must hold. */
export function labelsMatch(labels: Record<string, string>, wanted: string[] | undefined): boolean {
	return (wanted ?? []).every(entry => {
		const at = entry.indexOf('=');
		return at < 0 ? entry in labels : labels[entry.slice(0, at)] === entry.slice(at + 1);
	});
}
