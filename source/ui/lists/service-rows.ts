// Swarm services as table rows: name, mode, replicas running/desired with a state symbol, image,
// published ports, last update.
import type {EndpointPortConfig, SwarmService, SwarmTask} from '../../engine/swarm-types.js';
import {serviceReplicas, type Replicas} from '../../store/swarm-slice.js';
import {formatAgo} from '../format/durations.js';
import type {ColumnSpec} from '../layout/columns.js';
import {sanitizeLabel} from '../text/sanitize.js';
import type {Tone} from '../theme.js';
import {compareNames, type TableRow} from './table-model.js';

export const serviceColumns: ColumnSpec[] = [
	{id: 'name', title: 'NAME', priority: 0, min: 10, max: 40, flex: true},
	{id: 'mode', title: 'MODE', priority: 2, min: 6, max: 10},
	{id: 'replicas', title: 'REPLICAS', priority: 0, min: 7, max: 14, whole: true},
	{id: 'image', title: 'IMAGE', priority: 1, min: 10, max: 40},
	{id: 'ports', title: 'PORTS', priority: 3, min: 8, max: 30},
	{id: 'updated', title: 'UPDATED', priority: 4, min: 8, max: 10},
];

const modeWords: Record<Replicas['mode'], string> = {replicated: 'replicated', global: 'global', 'replicated-job': 'job', 'global-job': 'global job', unknown: '?'};

/** "● 3/3" all running, "◐ 1/3" some, "✖ 0/3" none, "○ 0/0" scaled to zero; "?" where desired is unknown. */
export function replicasCell(replicas: Replicas): {text: string; tone: Tone} {
	const {running, desired} = replicas;
	if (desired === null) return {text: `◌ ${running}/?`, tone: 'muted'};
	const count = `${running}/${desired}`;
	if (desired === 0) return {text: `○ ${count}`, tone: 'muted'};
	if (running >= desired) return {text: `● ${count}`, tone: 'ok'};
	return running === 0 ? {text: `✖ ${count}`, tone: 'error'} : {text: `◐ ${count}`, tone: 'warn'};
}

/** `*:8080->80/tcp` for the routing mesh, `host:8080->80/tcp` for host-mode ports, as `docker service ls`. */
export function servicePorts(ports: readonly EndpointPortConfig[] | null | undefined): string {
	return (ports ?? [])
		.filter(port => port.PublishedPort)
		.map(port => `${port.PublishMode === 'host' ? 'host' : '*'}:${port.PublishedPort}->${port.TargetPort ?? '?'}/${port.Protocol ?? 'tcp'}`)
		.join(', ');
}

/** The image without the digest swarm pins it to (`busybox:1@sha256:…` → `busybox:1`). */
export function serviceImage(service: SwarmService): string {
	const image = service.Spec.TaskTemplate?.ContainerSpec?.Image ?? '';
	return image.replace(/@sha256:[0-9a-f]+$/, '');
}

const updateWords: Record<string, string> = {updating: 'updating', paused: 'update paused', rollback_started: 'rolling back', rollback_paused: 'rollback paused'};

/**
 * `tasks`: the services' tasks when they were listed (tasksByService), else undefined (the counts
 * then come from ServiceStatus).
 */
export function serviceRows(services: readonly SwarmService[], tasks: ReadonlyMap<string, readonly SwarmTask[]> | undefined, now: number): TableRow[] {
	return [...services].sort((a, b) => compareNames(a.Spec.Name, b.Spec.Name)).map(service => {
		const name = sanitizeLabel(service.Spec.Name);
		const replicas = serviceReplicas(service, tasks ? (tasks.get(service.ID) ?? []) : undefined);
		const cell = replicasCell(replicas);
		const image = sanitizeLabel(serviceImage(service));
		const update = updateWords[service.UpdateStatus?.State ?? ''];
		return {
			id: service.ID,
			cells: {
				name,
				mode: modeWords[replicas.mode],
				replicas: cell.text,
				image,
				ports: sanitizeLabel(servicePorts(service.Endpoint?.Ports ?? service.Spec.EndpointSpec?.Ports)),
				updated: update ?? formatAgo(Date.parse(service.UpdatedAt), now),
			},
			tones: {replicas: cell.tone, ...(update ? {updated: 'warn' as Tone} : {})},
			search: `${name} ${image} ${modeWords[replicas.mode]}`.toLowerCase(),
		};
	});
}
