/**
 * English UI messages. The Dutch twin (nl.ts) must have every key: the type checker and
 * messages.spec.ts both fail when one is missing. Checklist content lives in $lib/checklist.
 * Terms, the same on every screen, in the PDF and the docs: check, room, hazard, action.
 */
const count = (n: number, one: string, many: string) =>
	n === 1 ? one : many.replace('#', String(n));

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
			'For each hazard you get a fix and who can help, and at the end a plan you can print or share. Everything stays on this device.',
		listTitle: 'Checks on this device',
		newCheck: 'New check',
		search: 'Search by name or address',
		empty: 'No checks yet. Start one to walk through a home, room by room.',
		noMatch: (query: string) => `No check matches “${query}”.`,
		showMore: (n: number) => `Show ${n} more`,
		open: 'Open',
		followUp: 'Follow-up visit',
		delete: 'Delete',
		deleteTitle: (label: string) => `Delete the check “${label}”?`,
		deleteText: 'Its answers, notes and photos will be removed from this device.',
		deleted: (label: string) => `“${label}” was deleted.`,
		undo: 'Undo',
		restored: (label: string) => `“${label}” is back.`,
		followUpOf: (date: string) => `Follow-up of the visit on ${date}`,
		areasTitle: 'What Footing checks',
		areasRooms: 'Rooms of the home',
		areasPersonal: 'Personal factors'
	},
	checker: {
		nurse: 'A nurse or carer',
		family: 'A family member',
		self: 'The person who lives there'
	},
	checkedBy: {
		nurse: 'Checked by a nurse or carer',
		family: 'Checked by a family member',
		self: 'Checked by the person who lives there'
	},
	progress: {
		answered: (answered: number, total: number) => `${answered} of ${total} answered`,
		hazards: (n: number) =>
			n === 0 ? 'No hazards found' : count(n, '1 hazard found', '# hazards found')
	},
	newCheck: {
		title: 'New check',
		label: 'Name of the home',
		labelHint: 'For example a name and street: “Mrs Jansen, Dorpsstraat”.',
		labelMissing: 'Please fill in a name for the home.',
		labelTooLong: (max: number) => `Please keep the name to ${max} characters or fewer.`,
		who: 'Who is doing the check?',
		date: 'Date of the visit',
		roomsTitle: 'Which rooms does the home have?',
		roomsHint:
			'Count each one: two bathrooms, or stairs to the first and to the second floor. You can change this later.',
		fewer: (room: string) => `One less: ${room}`,
		more: (room: string) => `One more: ${room}`,
		personal:
			'Also check personal factors: shoes, medicines, balance, eyesight, exercise and bones',
		personName: 'Name of the person (optional)',
		nothingChosen: 'Choose at least one room, or the personal factors.',
		start: 'Start the check',
		problems: 'Please correct this:'
	},
	check: {
		notFound: 'This check is not on this device. It may have been deleted.',
		rooms: 'Rooms',
		summary: 'Summary',
		plan: 'Action plan',
		overview: 'All rooms',
		continue: (room: string) => `Carry on: ${room}`,
		followUpNote: (date: string) =>
			`This is a follow-up visit. The answers of the visit on ${date} are filled in: check each one again.`,
		editDetails: 'Details of the check',
		saveDetails: 'Save details',
		editRooms: 'Change rooms',
		addRoom: 'Add a room',
		roomType: 'Kind of room',
		roomName: (room: string) => `Name of ${room}`,
		removeRoom: 'Remove',
		removeRoomTitle: (room: string) => `Remove “${room}” and its answers?`,
		removeRoomText: 'The answers, notes and photos of this room will be deleted.',
		moveUp: (room: string) => `Move up: ${room}`,
		moveDown: (room: string) => `Move down: ${room}`,
		cancel: 'Cancel',
		confirmRemove: 'Remove'
	},
	room: {
		previous: 'Previous room',
		next: 'Next room',
		toSummary: 'To the summary',
		yes: 'Yes',
		no: 'No',
		na: 'Not applicable',
		hazard: 'Hazard',
		ok: 'No hazard',
		why: 'Why this matters',
		fix: 'What to do',
		owner: 'Who can help',
		priority: 'Priority',
		note: 'Note',
		addPhoto: 'Add a photo',
		removePhoto: (n: number) => `Remove photo ${n}`,
		photoAlt: (n: number, question: string) => `Photo ${n} for: ${question}`,
		fromPrevious: 'From the last visit: please check again',
		questions: (n: number) => count(n, '1 question', '# questions')
	},
	screen: {
		title: 'Fall-risk score',
		score: (score: number, max: number) => `${score} of ${max} points`,
		answered: (answered: number, total: number) => `${answered} of ${total} questions answered`,
		atRisk:
			'Higher risk of falling: 4 points or more. Talk to the GP or a physiotherapist about it.',
		lowRisk: 'These questions found no higher risk of falling.',
		incomplete: 'Answer all 12 questions to see the result.'
	},
	save: {
		saving: 'Saving…',
		saved: 'Saved on this device',
		'storage-full':
			'This device is full, so the last change was not saved. Everything saved before is safe. Free up some space, or remove photos, and try again.',
		closed:
			'Footing was updated in another tab. Reload this page to carry on; your answers are saved.',
		other: 'The last change could not be saved. Please try again.',
		'not-an-image': 'This file is not a photo. Please choose a photo.',
		'too-big': 'This photo is too large. Please choose a smaller one.',
		unreadable: 'This photo could not be read. Please try another one.'
	},
	summary: {
		title: 'Summary',
		total: (n: number) =>
			n === 0
				? 'No hazards found in this home'
				: count(n, '1 hazard found in total', '# hazards found in total'),
		perRoom: 'Hazards per room',
		unanswered: 'Not answered yet',
		allAnswered: 'Every question is answered.',
		toPlan: 'Go to the action plan'
	},
	data: {
		replaced:
			'Footing was changed in another tab. Reload this page to carry on; your answers are saved.',
		blocked:
			'Footing is open in another tab with an older version. Close that tab, then reload this page.',
		upgradeFailed:
			'Footing could not update the stored data to this new version. Nothing was changed or lost. Reload to try again.',
		other: 'Footing could not open its stored data. Reload to try again.',
		reload: 'Reload'
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
			'Everything you enter stays on this device. Footing has no account and sends nothing over the internet.',
		storageTitle: 'Storage on this device',
		persisted: 'This browser has promised to keep Footing’s data, also when space runs low.',
		notPersisted:
			'This browser may delete Footing’s data when the device runs low on space, or after a week without use (Safari). Install Footing to keep it safe, and make backups.',
		persistUnknown: 'Footing cannot tell whether this browser will keep its data. Make backups.',
		usage: (used: string) => `Footing uses ${used} on this device.`,
		installTitle: 'Install Footing',
		installHelp:
			'Install Footing to open it like an app, without internet, and to keep its data: in Chrome or Edge, choose “Install app” in the menu; on an iPhone or iPad, tap Share, then “Add to Home Screen”.',
		installed: 'Footing is installed on this device.',
		storageHint: 'Your checks may be deleted by this browser when space runs low.',
		storageHintLink: 'How to keep them safe',
		eraseTitle: 'Delete all data',
		eraseText:
			'Delete every check, answer, note and photo Footing keeps on this device. This cannot be undone: make a backup first if you may need them.',
		eraseButton: 'Delete all data',
		eraseConfirmTitle: 'Delete everything Footing keeps on this device?',
		eraseConfirmText: 'All checks, answers, notes and photos will be gone for good.',
		eraseConfirm: 'Delete everything',
		eraseFailed: 'Not everything could be deleted. Close other Footing tabs and try again.'
	},
	update: {
		available: 'A new version of Footing is ready.',
		reload: 'Reload',
		later: 'Later',
		offlineReady: 'Footing now works without internet.'
	}
};

export type Messages = typeof en;
