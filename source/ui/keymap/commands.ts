// Every command a key can mean, as one union: a handler comparing against a misspelt name fails
// the typecheck instead of silently never matching. A new binding adds its name here.
export const commandNames = [
	'app.quit', 'app.demo', 'app.help', 'app.back', 'tab.containers', 'tab.images', 'tab.volumes', 'tab.networks', 'tab.services', 'tab.tasks', 'tab.nodes', 'focus.next', 'focus.prev',
	'detail.back', 'help.close', 'help.down', 'help.up', 'dialog.confirm', 'dialog.cancel',
	'list.up', 'list.down', 'list.top', 'list.bottom', 'list.pageUp', 'list.pageDown', 'list.filter', 'list.open', 'list.clear',
	'list.sort', 'list.sort-reverse', 'container.stats', 'container.group', 'container.fold',
	'filter.keep', 'filter.clear', 'filter.erase',
	'action.start-stop', 'action.restart', 'action.pause', 'action.kill', 'action.signal', 'action.remove', 'action.remove-with-volumes',
	'action.exec', 'action.mark', 'action.mark-all', 'action.mark-none', 'action.prune',
	'logs.up', 'logs.down', 'logs.page-up', 'logs.page-down', 'logs.top', 'logs.follow', 'logs.timestamps', 'logs.wrap', 'logs.clear',
	'logs.search', 'logs.next', 'logs.previous', 'logs.filter', 'logs.context-more', 'logs.context-less', 'logs.save', 'logs.since',
	'logs.tail-more', 'logs.tail-less', 'logs.project', 'logs.search-clear',
	'logs-search.accept', 'logs-search.cancel', 'logs-search.erase',
	'inspect.open', 'inspect.close', 'inspect.overview', 'inspect.env', 'inspect.ports', 'inspect.mounts', 'inspect.networks', 'inspect.health',
	'inspect.raw', 'inspect.section-next', 'inspect.section-previous', 'inspect.reveal', 'inspect.up', 'inspect.down', 'inspect.page-up',
	'inspect.page-down', 'inspect.top', 'inspect.bottom', 'inspect.search', 'inspect.next', 'inspect.previous', 'inspect.back',
	'inspect-search.accept', 'inspect-search.cancel', 'inspect-search.erase',
	'info.open', 'info.close', 'info.up', 'info.down', 'info.refresh',
	'contexts.open', 'contexts.close', 'contexts.up', 'contexts.down', 'contexts.choose', 'contexts.refresh',
	'swarm.scale-up', 'swarm.scale-down', 'swarm.scale-to', 'swarm.rollback', 'swarm.drain', 'scale-prompt.accept', 'scale-prompt.cancel', 'scale-prompt.erase',
] as const;

export type Command = (typeof commandNames)[number];
