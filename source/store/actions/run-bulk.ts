// Runs one container action over several targets (a few at a time), marks each row pending while
// its request is in flight, and sums the results up in one sentence.
import {doing, done, namesOf, type Plan, type Target} from './container-plans.js';
import type {PendingRegistry} from './pending-registry.js';
import {refusalText} from './refusal-messages.js';
import type {MessageOutcome} from './types.js';

export type TargetResult = {target: Target; ok: boolean; note?: string; error?: unknown};

const concurrency = 4;

export async function runOnTargets(
	plan: Plan,
	pending: PendingRegistry,
	call: (target: Target) => Promise<string | void>,
): Promise<TargetResult[]> {
	const results: TargetResult[] = [];
	const queue = [...plan.apply];
	const worker = async () => {
		for (let target = queue.shift(); target; target = queue.shift()) {
			try {
				const note = await pending.track(target.id, plan.op, doing[plan.op], () => call(target));
				results.push({target, ok: true, note: note ?? undefined});
			} catch (error) {
				results.push({target, ok: false, error});
			}
		}
	};
	await Promise.all(Array.from({length: Math.min(concurrency, queue.length)}, worker));
	// Report in the order the user sees the targets, not completion order.
	return plan.apply.map(target => results.find(result => result.target === target)!);
}

/** "stopped web" · "stopped 3 containers" · "stopped 2 of 3; could not stop db: …". */
export function summarize(plan: Plan, results: readonly TargetResult[], verb: string = plan.op, pastTense: string = done[plan.op]): MessageOutcome {
	const succeeded = results.filter(result => result.ok);
	const failed = results.filter(result => !result.ok);
	const notes = succeeded.filter(result => result.note).map(result => `${result.target.name} ${result.note}`);
	const fresh = succeeded.filter(result => !result.note).map(result => result.target);
	const parts: string[] = [];
	if (fresh.length > 0) parts.push(`${pastTense} ${fresh.length === 1 ? fresh[0]!.name : `${fresh.length} containers`}`);
	parts.push(...notes.slice(0, 2));
	if (failed.length > 0) {
		if (succeeded.length > 0) parts[0] = `${pastTense} ${succeeded.length} of ${results.length}`;
		const first = failed[0]!;
		const more = failed.length > 1 ? ` (${failed.length - 1} more failed: ${namesOf(failed.slice(1).map(result => result.target))})` : '';
		parts.push(refusalText(first.error, verb, first.target.name) + more);
	}
	if (plan.skipped.length > 0 && failed.length === 0) {
		parts.push(plan.skipped.length === 1 ? `skipped ${plan.skipped[0]!.name} (${plan.skipped[0]!.state})` : `skipped ${namesOf(plan.skipped)}`);
	}
	return {kind: 'message', level: failed.length > 0 ? 'error' : 'info', text: parts.join('; ')};
}
