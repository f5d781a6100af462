// Hands Ink's suspendTerminal to code outside React (Services.runExternal, used by exec).
import {useApp, type SuspendTerminal} from 'ink';
import {useEffect} from 'react';

export function SuspendBridge({onReady}: {onReady: (suspend: SuspendTerminal) => void}) {
	const {suspendTerminal} = useApp();
	useEffect(() => onReady(suspendTerminal), [onReady, suspendTerminal]);
	return null;
}
