// Turns a failed daemon call into one plain sentence for the message line. Reads the engine's
// error fields by shape so a refusal reads the same whichever layer raised it.
import {describeError} from '../../engine/errors.js';

export type ApiFailure = {status: number; daemonMessage: string};

export function apiFailureOf(error: unknown): ApiFailure | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const {status, daemonMessage} = error as {status?: unknown; daemonMessage?: unknown};
	if (typeof status !== 'number') return undefined;
	return {status, daemonMessage: typeof daemonMessage === 'string' ? daemonMessage : ''};
}

export function isReadOnlyRefusal(error: unknown): boolean {
	return error instanceof Error && error.name === 'ReadOnlyError';
}

/** Full 64-hex ids in daemon text shortened to the 12 characters users see everywhere else. */
export function shortenIds(text: string): string {
	return text.replace(/\b(?:sha256:)?([0-9a-f]{12})[0-9a-f]{52}\b/g, '$1');
}

export function readOnlyText(verb: string): string {
	return `read-only session: ${verb} is disabled`;
}

/** Podman's 500 for an action the container's state forbids (Docker answers 409 or just does it). */
export function isPodmanStateRefusal(error: unknown): boolean {
	const failure = apiFailureOf(error);
	return failure?.status === 500 && /container state improper$/.test(failure.daemonMessage.trim());
}

/** "could not stop web: …" — verb is the bare action ("stop"), subject what it applied to. */
export function refusalText(error: unknown, verb: string, subject: string): string {
	if (isReadOnlyRefusal(error)) return readOnlyText(verb);
	const failure = apiFailureOf(error);
	if (!failure) return `could not ${verb} ${subject}: ${describeError(error)}`;
	const reason = shortenIds(failure.daemonMessage.trim()) || `HTTP ${failure.status}`;
	// Podman refuses what the container's state forbids with 500 "…: container state improper", Docker with 409
	const status = isPodmanStateRefusal(error) ? 409 : failure.status;
	switch (status) {
		case 404:
			return `${subject} no longer exists (${reason})`;
		case 409:
			return `could not ${verb} ${subject}: ${reason}`;
		case 500:
			return `the daemon failed to ${verb} ${subject}: ${reason}`;
		default:
			return failure.daemonMessage.trim() ? `could not ${verb} ${subject}: ${reason} (HTTP ${failure.status})` : `could not ${verb} ${subject}: ${reason}`;
	}
}
