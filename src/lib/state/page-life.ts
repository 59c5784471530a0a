/**
 * When the page may be about to go away: the tab is hidden (mobile browsers kill hidden tabs)
 * or the page is closed, replaced or reloaded. What is still waiting to be saved must start
 * saving now, synchronously.
 */

/** Run `handler` each time the page may go away. Returns a function that stops it. */
export function onPageLeaving(handler: () => void): () => void {
	if (typeof document === 'undefined' || typeof window === 'undefined') return () => undefined;
	const onHide = () => {
		if (document.visibilityState === 'hidden') handler();
	};
	document.addEventListener('visibilitychange', onHide);
	window.addEventListener('pagehide', handler);
	return () => {
		document.removeEventListener('visibilitychange', onHide);
		window.removeEventListener('pagehide', handler);
	};
}
