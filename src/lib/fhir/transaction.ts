/**
 * A check's Bundle (./bundle.ts) as a FHIR transaction to send to a server: every resource is
 * a conditional create on its identifier (`ifNoneExist`), so sending the same check twice
 * creates nothing twice, and the server resolves the `urn:uuid:` references between the
 * entries to the resources it created or found. A Patient is found by the strongest identifier
 * it has: the BSN, else the organisation's client number, else Footing's own id for the person.
 * With `update`, every resource but the Patient is a conditional update instead, so a check
 * sent again after changes replaces what was sent before (the Patient record stays the
 * organisation's). Pure: the sending itself (queue, retries, token) is not here.
 */
import { BSN_SYSTEM, PERSON_ID_SYSTEM } from './canonical';
import type { Bundle, BundleEntry, BundleResource, Identifier } from './types';

export interface TransactionOptions {
	/** Conditional updates (PUT) instead of creates for everything but the Patient. */
	update?: boolean;
}

/** A search on an identifier, as a query: `identifier=system|value`, both URL-encoded. */
export function identifierQuery(identifier: Identifier): string {
	const system = identifier.system ? `${encodeURIComponent(identifier.system)}|` : '';
	return `identifier=${system}${encodeURIComponent(identifier.value)}`;
}

/** The identifier a resource is found by. */
export function matchingIdentifier(resource: BundleResource): Identifier {
	const identifiers: Identifier[] =
		resource.resourceType === 'QuestionnaireResponse'
			? resource.identifier
				? [resource.identifier]
				: []
			: (resource.identifier ?? []);
	const rank = (identifier: Identifier) =>
		identifier.system === BSN_SYSTEM ? 0 : identifier.system === PERSON_ID_SYSTEM ? 2 : 1;
	const best = [...identifiers].sort((a, b) => rank(a) - rank(b))[0];
	if (!best)
		throw new Error(
			`A ${resource.resourceType} without an identifier cannot be sent twice safely.`
		);
	return best;
}

/** The Bundle of a check as a transaction of conditional creates (or updates). */
export function transactionBundle(bundle: Bundle, options: TransactionOptions = {}): Bundle {
	const entry = (bundle.entry ?? []).map((item): BundleEntry => {
		const { id: _id, ...resource } = item.resource;
		void _id;
		const type = resource.resourceType;
		const query = identifierQuery(matchingIdentifier(item.resource));
		const request =
			options.update && type !== 'Patient'
				? { method: 'PUT' as const, url: `${type}?${query}` }
				: { method: 'POST' as const, url: type, ifNoneExist: query };
		return { fullUrl: item.fullUrl, resource: resource as BundleResource, request };
	});
	return {
		resourceType: 'Bundle',
		...(bundle.language ? { language: bundle.language } : {}),
		type: 'transaction',
		entry
	};
}
