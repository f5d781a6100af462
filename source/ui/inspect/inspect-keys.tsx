// `i` on the container list opens the inspect view in the detail pane (whatever the layout shows).
import {useCommands} from '../hooks/use-commands.js';
import {inspectCommands} from '../keymap/inspect-bindings.js';
import {uiStore, useUiState} from '../state/ui-store.js';

export function InspectKeys(): null {
	const tab = useUiState(state => state.tab);
	useCommands(
		'list',
		command => {
			if (command !== inspectCommands.open || uiStore.getState().selection.containers.id === null) return false;
			uiStore.dispatch({type: 'inspect.open'});
			return true;
		},
		{active: tab === 'containers'},
	);
	return null;
}
