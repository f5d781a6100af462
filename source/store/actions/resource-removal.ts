// Images, volumes and networks: remove one (an image in use offers force with the daemon's reason)
// and prune, showing what would go and the space it would free before asking.
import {introducedIn, supportsCall} from '../../engine/api-features.js';
import type {Engine} from '../../engine/types.js';
import type {ActionContext} from './action-context.js';
import {countOf, estimateContainers, estimateImages, estimateNetworks, estimateVolumes, formatBytes, pluralNoun, type PruneEstimate} from './prune-estimates.js';
import {apiFailureOf, readOnlyText, refusalText, shortenIds} from './refusal-messages.js';
import type {MessageOutcome, Outcome, PruneKind, ResourceKind} from './types.js';

const message = (level: 'info' | 'error', text: string): MessageOutcome => ({kind: 'message', level, text});
const pruneOrder: PruneKind[] = ['containers', 'dangling-images', 'unused-images', 'volumes', 'networks'];

type ImageTarget = {ref: string; subject: string; others: string[]};

function imageTarget(id: string, tags: readonly string[]): ImageTarget {
	const [first, ...others] = tags;
	return first === undefined ? {ref: id, subject: `image ${id.replace(/^sha256:/, '').slice(0, 12)}`, others: []} : {ref: first, subject: first, others};
}

/** "its other tag x" / "its 3 other tags x, y, z" / "… x, y and 4 more". */
function tagList(tags: readonly string[]): string {
	const shown = tags.length > 3 ? `${tags.slice(0, 2).join(', ')} and ${tags.length - 2} more` : tags.join(', ');
	return `${tags.length === 1 ? 'its other tag' : `its ${tags.length} other tags`} ${shown}`;
}

/** dockerd says "(must force)" or "(must be forced)" when force would work, "(cannot be forced)" when it would not. */
export function canForce(daemonMessage: string): boolean {
	return /\(must (be )?force(d)?\)/i.test(daemonMessage) && !/cannot be forced/i.test(daemonMessage);
}

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

	/** Removes what the row shows: its first tag (DELETE /images/{name:tag}), by id only when it has none. */
	async function removeImage(id: string, target: ImageTarget, force: boolean): Promise<Outcome> {
		const {ref, subject, others} = target;
		try {
			const answer = await pending.track(id, 'remove', 'removing', () => engine.removeImage(ref, {force}));
			const deleted = Array.isArray(answer) && answer.some(item => item.Deleted);
			return message('info', deleted || others.length === 0 ? `removed ${subject}` : `untagged ${subject}; the image keeps ${tagList(others)}`);
		} catch (error) {
			const failure = apiFailureOf(error);
			if (force || failure?.status !== 409 || !canForce(failure.daemonMessage)) return message('error', refusalText(error, 'remove', subject));
			// "(must force) - container … is using its referenced image": the daemon's own reason goes into the force offer.
			return {
				kind: 'confirm',
				title: `Force-remove ${subject}?`,
				lines: [`The daemon refused: ${shortenIds(failure.daemonMessage)}`],
				proceed: () => removeImage(id, target, true),
			};
		}
	}

	async function removeResource(kind: ResourceKind, id: string): Promise<Outcome> {
		if (engine.readOnly) return message('error', readOnlyText(`remove ${kind}`));
		const subject = nameOf(kind, id);
		if (!subject) return message('error', `the ${kind} no longer exists`);
		if (pending.has(id)) return message('info', `${subject} is still ${pending.get(id)!.label}`);
		if (kind === 'image') {
			const target = imageTarget(id, store.getState().images.get(id)?.tags ?? []);
			const lines = target.others.length > 0 ? [`Only this tag goes: the image keeps ${tagList(target.others)}.`] : [];
			return {kind: 'confirm', title: `Remove ${target.subject}?`, lines, proceed: () => removeImage(id, target, false)};
		}
		const proceed = () => attempt(id, 'removing', 'remove', subject, () => (kind === 'volume' ? engine.removeVolume(id) : engine.removeNetwork(id)));
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

	/** Prune and its estimates (/system/df) came with API 1.25: on an older one, say so and send nothing. */
	function pruneUnsupported(): MessageOutcome | undefined {
		const version = engine.apiVersion ?? store.getState().daemon.apiVersion;
		if (supportsCall(version, 'pruneContainers') && supportsCall(version, 'systemDf')) return undefined;
		return message('info', `prune needs Docker API ${introducedIn.pruneContainers} (this session speaks ${version})`);
	}

	async function prune(kind: PruneKind): Promise<Outcome> {
		if (engine.readOnly) return message('error', readOnlyText('prune'));
		const unsupported = pruneUnsupported();
		if (unsupported) return unsupported;
		try {
			return confirmPrune(await estimate(kind));
		} catch (error) {
			return message('error', refusalText(error, 'measure', pluralNoun(kind)));
		}
	}

	async function pruneMenu(preferred: PruneKind = 'containers'): Promise<Outcome> {
		if (engine.readOnly) return message('error', readOnlyText('prune'));
		const unsupported = pruneUnsupported();
		if (unsupported) return unsupported;
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
