// The selected item of each tab. The list pane keeps the UI store's selection (id + index) in
// step with the rows on screen; these hooks turn that id into the store's current object.
import type {NetworkItem, VolumeItem} from '../../store/types.js';
import {useUiState, type Tab} from '../state/ui-store.js';
import {useDaemonState} from './use-daemon-state.js';

export function useSelectedId(tab: Tab): string | null {
	return useUiState(state => state.selection[tab].id);
}

export function useSelectedVolume(): VolumeItem | undefined {
	const id = useSelectedId('volumes');
	return useDaemonState(state => (id === null ? undefined : state.volumes.get(id)));
}

export function useSelectedNetwork(): NetworkItem | undefined {
	const id = useSelectedId('networks');
	return useDaemonState(state => (id === null ? undefined : state.networks.get(id)));
}
