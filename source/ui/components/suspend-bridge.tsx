// Hands Ink's suspendTerminal to code outside React (Services.runExternal, used by exec).
import {useApp, type SuspendTerminal} from 'ink';
import {useEffect} from 'react';

export function SuspendBridge({onReady}: {onReady: (suspend: SuspendTerminal) => void}) {
	const {suspendTerminal} = useApp();
	// braces: whatever onReady returns must not become the effect's cleanup (it would suspend the terminal on the next render)
	useEffect(() => {
		onReady(suspendTerminal);
	}, [onReady, suspendTerminal]);
	return null;
}
