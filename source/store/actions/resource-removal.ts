// Images, volumes and networks: remove one (an image in use offers force with the daemon's reason)
// and prune, showing what would go and the space it would free before asking.
import type {Engine} from '../../engine/types.js';
import type {ActionContext} from './action-context.js';
import {countOf, estimateContainers, estimateImages, estimateNetworks, estimateVolumes, formatBytes, pluralNoun, type PruneEstimate} from './prune-estimates.js';
import {apiFailureOf, readOnlyText, refusalText, shortenIds} from './refusal-messages.js';
import type {MessageOutcome, Outcome, PruneKind, ResourceKind} from './types.js';

const message = (level: 'info' | 'error', text: string): MessageOutcome => ({kind: 'message', level, text});
const pruneOrder: PruneKind[] = ['containers', 'dangling-images', 'unused-images', 'volumes', 'networks'];

export function createResourceActions({engine, store, pending}: ActionContext) {
	function nameOf(kind: ResourceKind, id: string): string | undefined {
		const state = store.getState();
		if (kind === 'image') {
			const image = state.images.get(id);
			return image && (image.tags[0] ?? `image ${id.replace(/^sha256:/, '').slice(0, 12)}`);
		}
		if (kind === 'volume') return state.volumes.get(id) && `volume ${id}`;
		const network = state.networks.get(id);
		return network && `network ${network.name}`;
	}

	async function attempt(id: string, label: string, verb: string, subject: string, work: () => Promise<unknown>): Promise<MessageOutcome> {
		try {
			await pending.track(id, 'remove', label, work);
			return message('info', `removed ${subject}`);
		} catch (error) {
			return message('error', refusalText(error, verb, subject));
		}
	}

	async function removeImage(id: string, subject: string, force: boolean): Promise<Outcome> {
		try {
			await pending.track(id, 'remove', 'removing', () => engine.removeImage(id, {force}));
			return message('info', `removed ${subject}`);
		} catch (error) {
			const failure = apiFailureOf(error);
			if (force || failure?.status !== 409) return message('error', refusalText(error, 'remove', subject));
			// "image is being used by …": the daemon's own reason goes into the force offer.
			return {
				kind: 'confirm',
				title: `Force-remove ${subject}?`,
				lines: [`The daemon refused: ${shortenIds(failure.daemonMessage)}`],
				proceed: () => removeImage(id, subject, true),
			};
		}
	}

	async function removeResource(kind: ResourceKind, id: string): Promise<Outcome> {
		if (engine.readOnly) return message('error', readOnlyText(`remove ${kind}`));
		const subject = nameOf(kind, id);
		if (!subject) return message('error', `the ${kind} no longer exists`);
		if (pending.has(id)) return message('info', `${subject} is still ${pending.get(id)!.label}`);
		const proceed = kind === 'image'
			? () => removeImage(id, subject, false)
			: () => attempt(id, 'removing', 'remove', subject, () => (kind === 'volume' ? engine.removeVolume(id) : engine.removeNetwork(id)));
		return {kind: 'confirm', title: `Remove ${subject}?`, lines: [], proceed};
	}

	/** One /system/df (and one network + container list) however many estimates are asked of it. */
	function sources() {
		let df: ReturnType<Engine['systemDf']> | undefined;
		let lists: Promise<[Awaited<ReturnType<Engine['listNetworks']>>, Awaited<ReturnType<Engine['listContainers']>>]> | undefined;
		return {
			df: () => (df ??= engine.systemDf()),
			lists: () => (lists ??= Promise.all([engine.listNetworks(), engine.listContainers({all: true})])),
		};
	}

	async function estimate(kind: PruneKind, from = sources()): Promise<PruneEstimate> {
		if (kind === 'networks') {
			const [networks, containers] = await from.lists();
			return estimateNetworks(networks, containers);
		}
		const df = await from.df();
		if (kind === 'containers') return estimateContainers(df);
		if (kind === 'volumes') return estimateVolumes(df.Volumes ?? [], engine.apiVersion ?? store.getState().daemon.apiVersion);
		return estimateImages(df, kind === 'dangling-images');
	}

	const sizeText = (bytes: number | null) => (bytes === null ? '' : ` · ${formatBytes(bytes)}`);

	function confirmPrune(found: PruneEstimate): Outcome {
		if (found.items.length === 0) return message('info', `no ${pluralNoun(found.kind)} to remove`);
		const lines = found.items.slice(0, 8);
		if (found.items.length > 8) lines.push(`… and ${found.items.length - 8} more`);
		if (found.bytes !== null) lines.push(`Frees about ${formatBytes(found.bytes)}.`);
		return {kind: 'confirm', title: `Remove ${countOf(found.kind, found.items.length)}?`, lines, proceed: () => runPrune(found.kind)};
	}

	async function runPrune(kind: PruneKind): Promise<Outcome> {
		try {
			const {count, bytes} = await pending.track(`prune:${kind}`, 'prune', 'pruning', async () => {
				switch (kind) {
					case 'containers': {
						const result = await engine.pruneContainers();
						return {count: result.ContainersDeleted?.length ?? 0, bytes: result.SpaceReclaimed};
					}
					case 'volumes': {
						const result = await engine.pruneVolumes();
						return {count: result.VolumesDeleted?.length ?? 0, bytes: result.SpaceReclaimed};
					}
					case 'networks': {
						const result = await engine.pruneNetworks();
						return {count: result.NetworksDeleted?.length ?? 0, bytes: null};
					}
					default: {
						const result = await engine.pruneImages({dangling: kind === 'dangling-images'});
						return {count: (result.ImagesDeleted ?? []).filter(item => item.Deleted).length, bytes: result.SpaceReclaimed};
					}
				}
			});
			return message('info', `pruned ${countOf(kind, count)}${bytes === null ? '' : `, ${formatBytes(bytes)} reclaimed`}`);
		} catch (error) {
			return message('error', refusalText(error, 'prune', pluralNoun(kind)));
		}
	}

	async function prune(kind: PruneKind): Promise<Outcome> {
		if (engine.readOnly) return message('error', readOnlyText('prune'));
		try {
			return confirmPrune(await estimate(kind));
		} catch (error) {
			return message('error', refusalText(error, 'measure', pluralNoun(kind)));
		}
	}

	async function pruneMenu(preferred: PruneKind = 'containers'): Promise<Outcome> {
		if (engine.readOnly) return message('error', readOnlyText('prune'));
		let found: PruneEstimate[];
		try {
			const from = sources();
			found = await Promise.all(pruneOrder.map(kind => estimate(kind, from)));
		} catch (error) {
			return message('error', refusalText(error, 'measure', 'what prune would remove'));
		}
		return {
			kind: 'choose',
			title: 'Prune what nothing uses',
			initial: pruneOrder.indexOf(preferred),
			choices: found.map(item => ({label: item.label, detail: `${item.items.length}${sizeText(item.bytes)}`, proceed: async () => confirmPrune(item)})),
		};
	}

	return {removeResource, prune, pruneMenu};
}
