/// <reference types="vite-plugin-pwa/client" />
// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The test build variant ('next', 'broken'), or '' in every real build. */
	const __FOOTING_VARIANT__: string;
	/** The organisation's FHIR server a deployment sends checks to (scripts/care-record.js), or null. */
	const __FOOTING_CARE_RECORD__: import('../scripts/care-record.js').CareRecordServer | null;

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
