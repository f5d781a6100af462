// Follows an action's Outcome to the screen: messages to the message line, confirmations to the
// confirm dialog, choices to the choice menu. Fire and forget: the key handler never waits.
import {describeError} from '../../engine/errors.js';
import type {ChooseOutcome, Outcome} from '../../store/actions/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import {wrapWords} from './wrap-words.js';

/** Fits the confirm dialog's widest body (72 columns) with room for the border. */
const dialogColumns = 70;

export type Presenter = {
	message(text: string, level: 'info' | 'error'): void;
	confirm(title: string, lines: string[], onConfirm: () => void): void;
	choose(outcome: ChooseOutcome): void;
};

/** Daemon text in outcomes is untrusted: every line is made inert before it is shown. */
export function follow(outcome: Outcome | Promise<Outcome>, presenter: Presenter): Promise<void> {
	return Promise.resolve(outcome).then(
		next => {
			switch (next.kind) {
				case 'message':
					presenter.message(sanitizeLine(next.text), next.level);
					break;
				case 'confirm':
					presenter.confirm(sanitizeLine(next.title), next.lines.flatMap(line => wrapWords(sanitizeLine(line), dialogColumns)), () => void follow(next.proceed(), presenter));
					break;
				case 'choose':
					presenter.choose({...next, title: sanitizeLine(next.title)});
					break;
				case 'none':
					break;
			}
		},
		(error: unknown) => presenter.message(sanitizeLine(`action failed: ${describeError(error)}`), 'error'),
	);
}
