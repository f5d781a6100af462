// Who uses an image, a volume or a network (pure), one line per container: its name, then how it
// uses it. Every daemon string is sanitised on its way to a cell.
import type {ContainerSummary, Network} from '../../engine/types.js';
import type {Container} from '../../store/types.js';
import type {KeyValue} from '../components/key-value-table.js';
import {sanitizeLabel} from '../text/sanitize.js';

const nameOf = (names: readonly string[] | undefined, id: string) => sanitizeLabel((names?.[0] || id.slice(0, 12)).replace(/^\//, ''));
const byName = (a: KeyValue, b: KeyValue) => a.key.localeCompare(b.key);

/** Containers of the store created from this image, with their state. */
export function imageUsers(containers: Iterable<Container>, imageId: string): KeyValue[] {
	return [...containers]
		.filter(container => container.imageId === imageId)
		.map(container => ({key: sanitizeLabel(container.name), value: container.state}))
		.sort(byName);
}

/** Containers mounting the volume (from a list filtered by volume): state, where, read-write or not. */
export function volumeUsers(containers: readonly ContainerSummary[], volume: string): KeyValue[] {
	return containers
		.map(container => {
			const mount = (container.Mounts ?? []).find(item => item.Type === 'volume' && item.Name === volume);
			const where = mount ? ` · ${sanitizeLabel(mount.Destination)} (${mount.RW ? 'rw' : 'ro'})` : '';
			return {key: nameOf(container.Names, container.Id), value: `${sanitizeLabel(container.State)}${where}`};
		})
		.sort(byName);
}

/** Attached containers with their addresses, from a network's inspect answer. */
export function networkUsers(network: Network): KeyValue[] {
	return Object.entries(network.Containers ?? {})
		.map(([id, endpoint]) => ({
			key: nameOf([endpoint.Name], id),
			value: [endpoint.IPv4Address, endpoint.IPv6Address, endpoint.MacAddress].filter(Boolean).map(text => sanitizeLabel(text!)).join(' · ') || '–',
		}))
		.sort(byName);
}
