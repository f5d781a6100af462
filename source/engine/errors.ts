// Error types of the engine client. Each carries what a UI needs for one honest line.

/** The daemon answered with an HTTP error; `daemonMessage` is its own {"message"} text. */
export class DockerApiError extends Error {
	override readonly name = 'DockerApiError';
	constructor(
		readonly status: number,
		readonly daemonMessage: string,
		readonly method: string,
		readonly path: string,
	) {
		super(`${method} ${path} → ${status}: ${daemonMessage || '(no message)'}`);
	}
}

/** The daemon could not be reached (or the connection broke); the message names endpoint and fix. */
export class DockerConnectionError extends Error {
	override readonly name = 'DockerConnectionError';
	constructor(
		message: string,
		readonly endpoint: string,
		/** ENOENT, EACCES, ECONNREFUSED, TLS, TIMEOUT, CLOSED, … */
		readonly code: string,
		options?: {cause?: unknown},
	) {
		super(message, options);
	}
}

/** --read-only refused a request that would change something; nothing was sent. */
export class ReadOnlyError extends Error {
	override readonly name = 'ReadOnlyError';
	constructor(
		readonly method: string,
		readonly path: string,
	) {
		super(`read-only mode: refused ${method} ${path}`);
	}
}

/** The daemon's answer was larger than dockhand reads (a broken or hostile endpoint); the rest was not read. */
export class ResponseTooLargeError extends Error {
	override readonly name = 'ResponseTooLargeError';
	constructor(
		readonly method: string,
		readonly path: string,
		readonly limitBytes: number,
	) {
		super(`the daemon's answer to ${method} ${path} is larger than ${Math.round(limitBytes / 1024 / 1024)} MB; dockhand stopped reading there`);
	}
}

/** The endpoint or its configuration cannot be used (bad URL, unknown context, ssh:// for now). */
export class EndpointError extends Error {
	override readonly name = 'EndpointError';
}

/** Client and daemon share no API version dockhand can speak. */
export class ApiVersionError extends Error {
	override readonly name: string = 'ApiVersionError';
}

/** A call newer than the negotiated API version: refused before anything is sent. */
export class UnsupportedCallError extends Error {
	override readonly name = 'UnsupportedCallError';
	constructor(
		readonly method: string,
		readonly path: string,
		readonly since: string,
		readonly apiVersion: string,
	) {
		super(`${method} ${path} needs Docker API ${since} (this session speaks ${apiVersion})`);
	}
}

/** The daemon answered 400 to a version pinned by DOCKER_API_VERSION: the pin is the fix, not the daemon. */
export class PinnedApiVersionError extends ApiVersionError {
	override readonly name = 'PinnedApiVersionError';
	constructor(
		readonly pinned: string,
		/** where the pin came from: DOCKER_API_VERSION or apiVersion */
		readonly from: string,
		readonly daemonMessage: string,
	) {
		const max = /maximum supported api version is (\d+\.\d+)/i.exec(daemonMessage)?.[1];
		const min = /minimum supported api version is (\d+\.\d+)/i.exec(daemonMessage)?.[1];
		const range = max ? ` (it speaks up to ${max})` : min ? ` (it speaks ${min} and newer)` : '';
		const fix = max ? `unset ${from} or set it to ${max} or lower` : min ? `unset ${from} or set it to ${min} or newer` : `unset ${from}`;
		super(`the daemon refused the API version ${pinned} pinned by ${from}${range} — ${fix}`);
	}
}

/** The daemon's words when a request's /vX.Y is outside what it speaks (dockerd, Podman). */
export function isVersionRefusal(status: number, message: string): boolean {
	return status === 400 && /client version \S+ is too (new|old)/i.test(message);
}

export function isAbortError(error: unknown): boolean {
	return error instanceof Error && (error.name === 'AbortError' || (error as {code?: string}).code === 'UND_ERR_ABORTED' || (error as {code?: string}).code === 'ABORT_ERR');
}

/** One line for a status bar or stderr. */
export function describeError(error: unknown): string {
	if (error instanceof DockerApiError) {
		const text = error.daemonMessage.trim() || `HTTP ${error.status}`;
		return oneLine(error.status >= 500 ? `daemon error: ${text}` : text);
	}
	if (isAbortError(error)) return 'cancelled';
	if (error instanceof Error) return oneLine(error.message || error.name);
	return oneLine(String(error));
}

function oneLine(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
