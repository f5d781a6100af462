// The README's key reference, generated from the same table that drives input, footer and help.
import type {Binding, KeyContext} from './types.js';
import {displayKey} from './match.js';

const titles: Record<KeyContext, string> = {
	global: 'Everywhere', list: 'Lists (containers, images, volumes, networks)', filter: 'List filter prompt', detail: 'Detail pane',
	logs: 'Logs', 'logs-search': 'Logs search prompt', dialog: 'Confirm dialog', help: 'Help overlay',
	inspect: 'Inspect view (container detail)', 'inspect-search': 'Inspect search prompt', info: 'Daemon info',
	contexts: 'Contexts view',
	'scale-prompt': 'Scale prompt (Services tab, `=`)',
};
const order: KeyContext[] = ['global', 'list', 'filter', 'scale-prompt', 'detail', 'logs', 'logs-search', 'inspect', 'inspect-search', 'info', 'contexts', 'dialog', 'help'];

export function keysMarkdown(bindings: readonly Binding[]): string {
	const sections: string[] = [];
	for (const context of order) {
		const rows = bindings.filter(binding => binding.context === context);
		if (rows.length === 0) continue;
		const lines = rows.map(binding => `| ${binding.keys.map(key => `\`${displayKey(key).replace('|', '\\|')}\``).join(' ')} | ${binding.description.replace('|', '\\|')} |`);
		sections.push([`**${titles[context]}**`, '', '| keys | does |', '| --- | --- |', ...lines].join('\n'));
	}
	return sections.join('\n\n');
}
