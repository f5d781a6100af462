// The `details=1` prefix of a log line: the daemon puts the message's attributes first, as
// url-escaped key=value pairs joined by ',' and one space before the text. On a service's logs they
// name the task and node of the line (com.docker.swarm.task.id, com.docker.swarm.node.id).

export type LogDetails = {attributes: Record<string, string>; text: string};

const swarmKey = /^com\.docker\.swarm\.[a-z.]+=/;

/** Splits the attributes off a line; a line without them (the daemon sent none) comes back whole. */
export function splitLogDetails(line: string): LogDetails {
	const space = line.indexOf(' ');
	const head = space === -1 ? line : line.slice(0, space);
	if (!swarmKey.test(head)) return {attributes: {}, text: line};
	const attributes: Record<string, string> = {};
	for (const pair of head.split(',')) {
		const equals = pair.indexOf('=');
		if (equals <= 0) return {attributes: {}, text: line};
		attributes[unescape(pair.slice(0, equals))] = unescape(pair.slice(equals + 1));
	}
	return {attributes, text: space === -1 ? '' : line.slice(space + 1)};
}

/** The task and node a service's log line came from (ids), when the daemon said. */
export function swarmLineOrigin(attributes: Record<string, string>): {task?: string; node?: string} {
	return {task: attributes['com.docker.swarm.task.id'], node: attributes['com.docker.swarm.node.id']};
}

function unescape(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}
