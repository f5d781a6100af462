// Types for the undici modules undici-pool.ts loads directly (the package ships types for its index only).
declare module 'undici/lib/dispatcher/pool.js' {
	const Pool: new (...args: unknown[]) => object;
	export default Pool;
}
declare module 'undici/lib/dispatcher/dispatcher.js' {
	const Dispatcher: {prototype: object};
	export default Dispatcher;
}
declare module 'undici/lib/api/api-request.js' {
	const request: (...args: unknown[]) => unknown;
	export default request;
}
declare module 'undici/lib/api/api-upgrade.js' {
	const upgrade: (...args: unknown[]) => unknown;
	export default upgrade;
}
