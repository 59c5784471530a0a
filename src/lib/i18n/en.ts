/**
 * English UI messages. The Dutch twin (nl.ts) must have every key: the type checker and
 * messages.spec.ts both fail when one is missing. Checklist content lives in $lib/checklist.
 */
export const en = {
	app: {
		name: 'Footing',
		tagline: 'Find and fix fall hazards at home',
		skipToContent: 'Skip to main content',
		languageLabel: 'Language',
		toolsLabel: 'Tools',
		home: 'Footing, home'
	},
	start: {
		title: 'Make a home safer, room by room',
		intro:
			'Footing walks you through a home, room by room, and helps you spot what could make someone fall: a loose rug, a dark stair, a slippery bath.',
		intro2:
			'For each hazard you get a fix and who can help, and at the end a plan you can print or share. Everything stays on this device.'
	},
	error: {
		notFound: 'Page not found',
		notFoundHelp: 'This page does not exist in Footing. Your checks are safe on the start page.',
		other: 'Something went wrong',
		otherHelp: 'Footing could not show this page. Your saved answers are not affected.',
		toStart: 'Go to the start page'
	},
	settings: {
		title: 'Settings',
		link: 'Settings',
		dataTitle: 'Your data',
		dataOnDevice:
			'Everything you enter stays on this device. Footing has no account and sends nothing over the internet.'
	},
	update: {
		available: 'A new version of Footing is ready.',
		reload: 'Reload',
		later: 'Later',
		offlineReady: 'Footing now works without internet.'
	}
};

export type Messages = typeof en;
