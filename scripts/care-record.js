/**
 * The care record a deployment sends checks to: an organisation's FHIR server, set at build
 * time with FOOTING_FHIR_BASE (e.g. https://fhir.example.org/R4). Without it Footing sends
 * nothing anywhere and its CSP allows no other origin (svelte.config.js); with it, connect-src
 * allows exactly that server's origin and Settings offers "Send to the care record"
 * (docs/fhir.md). FOOTING_CLIENT_NUMBER_SYSTEM names the organisation's identifier system for
 * client numbers (default: ‹base›/sid/client-number); FOOTING_FHIR_BSN=1 lets nurses give a BSN
 * (the Netherlands), which then identifies the person first.
 *
 * Plain JavaScript: svelte.config.js and vite.config.ts both read it.
 */

/**
 * @typedef {object} CareRecordServer
 * @property {string} base The FHIR base URL, without a trailing slash.
 * @property {string} origin Its origin, the one connect-src allows.
 * @property {string} clientNumberSystem The identifier system of the organisation's client numbers.
 * @property {boolean} bsn Whether a BSN may be given.
 */

/**
 * The server a build sends to, or undefined for a build that sends nothing. Throws on an
 * address a browser would refuse or that would send a client's data in clear: only https,
 * or http on this machine (tests).
 * @param {Record<string, string | undefined>} env
 * @returns {CareRecordServer | undefined}
 */
export function careRecordServer(env) {
	const given = env.FOOTING_FHIR_BASE?.trim();
	if (!given) return undefined;
	/** @type {URL} */
	let url;
	try {
		url = new URL(given);
	} catch {
		throw new Error(`FOOTING_FHIR_BASE is not a URL: "${given}"`);
	}
	const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
		throw new Error(
			`FOOTING_FHIR_BASE must be an https address (http only on localhost): "${given}"`
		);
	if (url.search || url.hash || url.username || url.password)
		throw new Error(
			`FOOTING_FHIR_BASE must be a plain base URL, without query or credentials: "${given}"`
		);
	const base = url.href.replace(/\/+$/, '');
	const system = env.FOOTING_CLIENT_NUMBER_SYSTEM?.trim();
	if (system !== undefined && system !== '' && !/^(https?|urn):/.test(system))
		throw new Error(`FOOTING_CLIENT_NUMBER_SYSTEM must be a URI: "${system}"`);
	return {
		base,
		origin: url.origin,
		clientNumberSystem: system || `${base}/sid/client-number`,
		bsn: env.FOOTING_FHIR_BSN === '1'
	};
}
