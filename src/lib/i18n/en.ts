/**
 * English UI messages. The Dutch twin (nl.ts) must have every key: the type checker and
 * messages.spec.ts both fail when one is missing. Checklist content lives in $lib/checklist.
 * Terms, the same on every screen, in the PDF and the docs: see docs/glossary.md.
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
		home: 'Footing, start page'
	},
	start: {
		unreadable: (n: number) =>
			`${count(n, '1 check', '# checks')} on this device ${n === 1 ? 'was' : 'were'} changed or damaged, so Footing cannot show ${n === 1 ? 'it' : 'them'}. Nothing else was changed. Restore ${n === 1 ? 'it' : 'them'} from a backup if you have one.`,
		title: 'Make a home safer, room by room',
		intro:
			'Footing walks you through a home, room by room, and helps you spot what could make someone fall: a loose rug, a dark stair, a slippery bath.',
		intro2:
			'For each hazard you see what to do and who acts on it. At the end you get an action plan to print or share. Everything stays on this device.',
		listTitle: 'Checks on this device',
		newCheck: 'New check',
		search: 'Search by name, address or visit date',
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
		lastVisit: (date: string) => `Last visit: ${date}`,
		visits: (n: number) => count(n, '1 visit', '# visits'),
		allVisits: (n: number) => `All ${n} visits`,
		openActions: (n: number) =>
			n === 0 ? 'No actions open' : count(n, '1 action still open', '# actions still open'),
		risk: { low: 'Low fall risk', intermediate: 'Intermediate fall risk', high: 'High fall risk' },
		followUpTitle: (label: string) => `Start a follow-up visit of “${label}”?`,
		followUpText: (date: string) =>
			`This makes a new visit with the answers and the action plan of the visit on ${date}. You then check each thing again: one tap when it is still the same.`,
		followUpDate: 'Date of the new visit',
		followUpStart: 'Start the follow-up visit',
		areasTitle: 'What Footing checks',
		areasRooms: 'Rooms of the home',
		areasPersonal: 'Personal factors'
	},
	followUp: {
		doneBeforeTitle: (n: number) =>
			n === 1
				? 'Done at the last visit: still fine?'
				: `Done at the last visit (${n}): still fine?`,
		carried: 'From the last visit. Is it still the same?',
		stillSame: 'Still the same',
		doneBefore: 'Done at the last visit. Is it still fine?',
		stillFine: 'Still fine',
		rechecked: (n: number, total: number) => `re-checked ${n} of ${total}`,
		restSame: 'Everything else here is still the same',
		restSameTitle: 'Is everything else here still the same?',
		restSameText: 'These answers from the last visit are then confirmed as they are:',
		restSameConfirm: 'Yes, still the same',
		restSameDone: (n: number) =>
			n === 1
				? '1 question confirmed as still the same.'
				: `${n} questions confirmed as still the same.`,
		restSameUndone: 'Taken back: those answers are from the last visit again.',
		measureAgain: 'Do the test again: last time’s result is shown until you do.'
	},
	client: {
		title: 'Visits to this home',
		back: 'All clients',
		notFound: 'No visit of this client is on this device.',
		first: 'First visit',
		earlierGone: 'The visit before was deleted: what changed since cannot be shown.',
		changes: (fixed: number, open: number, added: number) =>
			`Since the visit before: ${fixed} fixed, ${open} still open, ${added} new`,
		deleteVisit: 'Delete this visit',
		deleteTitle: (date: string) => `Delete the visit of ${date}?`,
		deleteText:
			'Its answers, notes and photos will be removed from this device. The other visits stay as they are.',
		deleted: (date: string) => `The visit of ${date} was deleted.`
	},
	checker: {
		nurse: 'A nurse or care worker',
		family: 'A family member',
		self: 'The person who lives there'
	},
	checkedBy: {
		nurse: 'Checked by a nurse or care worker',
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
		label: 'Name or address',
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
		personName: 'Name of the person (optional)',
		nothingChosen: 'Choose at least one room, or the personal factors.',
		start: 'Start the check',
		modeTitle: 'How thorough?',
		modeQuick: 'Quick check: the essentials, about 30 questions',
		modeQuickHint:
			'For a self-check, or for someone at low fall risk. You can go on to the full check later and keep every answer.',
		modeFull: 'Full check: every room in detail',
		modeFullHint:
			'For someone who has fallen, feels unsteady or worries about falling: that is where fixing the home helps most.',
		personalTopics:
			'Also check personal factors: falls, medicines, feet and shoes, eyesight, balance and bones',
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
			`This is a follow-up visit. The answers from the visit on ${date} are already filled in: look at each one again.`,
		earlierUnreadable:
			'The earlier visit could not be read, so this one is not compared with it. Reload the page to try again.',
		noRooms: 'This check has no rooms and no person yet: add one under “Change rooms”.',
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
		confirmRemove: 'Remove',
		roomRemoved: (room: string) => `“${room}” was removed, with its answers.`,
		roomBack: (room: string) => `“${room}” is back.`,
		undo: 'Undo',
		deletedElsewhere: 'This check was deleted in another window.',
		deletedUndoHint: 'Changes made here are not saved unless you undo the deletion.',
		deletedGone: 'It can no longer be brought back, so changes made here are not saved.',
		deletedBack: 'The check is back. Your changes are saved.'
	},
	room: {
		previous: 'Previous',
		next: 'Next',
		toSummary: 'To the summary',
		yes: 'Yes',
		no: 'No',
		na: 'Not applicable',
		hazard: 'Hazard',
		ok: 'Fine',
		/** What an answer means, said on the card once it is given. */
		saysHazard: (finding: string) => `Hazard: ${finding}`,
		saysFine: 'Fine: nothing to fix here',
		saysNotApplicable: 'Not applicable here',
		saysRiskFactor: (finding: string) => `To mention to your GP: ${finding}`,
		saysNoted: 'Noted',
		why: 'Why?',
		fix: 'What to do',
		owner: 'Who acts',
		priority: 'Priority',
		note: 'Note',
		addPhoto: 'Add a photo',
		removePhoto: (n: number) => `Remove photo ${n}`,
		photoAlt: (n: number, question: string) => `Photo ${n} for: ${question}`,
		photosBefore: (date: string) => `Before: photo taken on ${date}`,
		photoBeforeAlt: (n: number, question: string) => `Photo ${n} before, for: ${question}`,
		photosNow: 'Now: a photo of how it is today',
		photoRemoved: 'The photo was removed.',
		fromPrevious: 'From the last visit: please check it again',
		givenRestFine: 'Answered with “Everything else here is fine”',
		givenRestFinePersonal: 'Answered with “Nothing else to mention”',
		givenStillSame: 'Confirmed as still the same',
		questions: (n: number) => count(n, '1 question', '# questions'),
		noneOfThese: 'None of these',
		ticked: (n: number) =>
			n === 0 ? 'Nothing ticked: nothing found here' : count(n, '1 ticked', '# ticked'),
		noRoom: (room: string) => `This home has no ${room.toLocaleLowerCase('en')}`,
		removeThisRoom: (room: string) => `Remove “${room}” from this check`,
		noRoomTitle: (room: string) => `Remove “${room}” from this check?`,
		noRoomText:
			'Its questions will no longer be asked. Answers, notes and photos given in it are removed.',
		noRoomConfirm: 'Remove it',
		noteJoined:
			'This note was typed in two windows at the same time. Both texts are kept, one under the other.',
		fixJoined:
			'This text was typed in two windows at the same time. Both texts are kept, one under the other.',
		personalIntro: 'Personal factors',
		allTopics: 'All topics'
	},
	fallRiskTest: {
		title: 'Fall-risk self-test (12 questions)',
		score: (score: number, max: number) => `${score} of ${max} points`,
		answered: (answered: number, total: number) => `${answered} of ${total} questions answered`
	},
	walk: {
		answered: (answered: number, total: number) => `${answered} of ${total} answered`,
		label: 'Walk through the check',
		stepOf: (n: number, total: number) => `Screen ${n} of ${total}`
	},
	restFine: {
		button: 'Everything else here is fine',
		title: 'Answer the rest of this screen as fine?',
		text: 'These questions will be answered as fine, with nothing found:',
		left: 'These you answer yourself:',
		confirm: 'Yes, all fine',
		/** The confirm of a screen the walk goes on from. */
		confirmOn: (place: string) => `Yes, all fine — on to ${place}`,
		done: (n: number) => count(n, '1 question answered as fine.', '# questions answered as fine.'),
		undo: 'Undo',
		undone: (place: string) => `Taken back: the questions of ${place} are open again.`,
		backTo: (place: string) => `Back to ${place}`,
		nothing: 'Every question here is answered.',
		noneTicked: 'nothing ticked',
		/** On a person's topic: nothing is assumed unseen, each answer is listed. */
		personal: {
			button: 'Nothing else to mention',
			title: 'Give these answers to the other questions?',
			text: 'Only confirm if every answer below is right.',
			confirm: 'Yes, every answer is right',
			confirmOn: (place: string) => `Yes, every answer is right — on to ${place}`,
			done: (n: number) => count(n, '1 question answered.', '# questions answered.')
		}
	},
	measure: {
		howTo: 'How to do the test',
		start: 'Start',
		stop: 'Stop',
		again: 'Start again',
		countdown: (n: number) => `Starting in ${n}…`,
		go: 'Go!',
		running: 'Running',
		seconds: (value: string) => `${value} seconds`,
		times: (value: string) => count(Number(value), '1 time', `${value} times`),
		typeSeconds: 'Or type the time in seconds',
		typeCount: 'Or type the number of times',
		use: 'Use this',
		couldNot: 'Could not do the test',
		couldNotSaid: 'The test could not be done.',
		measured: 'Measured',
		outOfRange: (min: number, max: number) => `Please give a number from ${min} to ${max}.`,
		timerHint: 'Tap Start, then Stop as soon as the test is done.'
	},
	fallRisk: {
		title: 'Fall-risk level',
		missing: {
			'key-questions': 'Answer the three questions above to see the fall-risk level.',
			severity: 'Tick what happened in the fall to see the fall-risk level.',
			gait: 'Do a walking test below, or type a time, to see whether the level is low or intermediate.'
		},
		howFound: 'After the World Guidelines for falls prevention (2022).',
		gaitSpeed: (speed: string) => `Walking speed: ${speed} metres a second`,
		disclaimer:
			'Footing helps you find and fix hazards at home. It does not replace the fall-risk assessment by your GP.'
	},
	speech: {
		read: 'Read aloud',
		stop: 'Stop reading'
	},
	region: {
		title: 'Advice for',
		hint: 'Some advice depends on the country: who pays, which programme, where to ask. New checks use this choice; each check keeps its own.',
		nl: 'The Netherlands',
		general: 'Elsewhere: general advice (with UK services)',
		newCheckNote: (region: string) => `Advice for: ${region}.`,
		change: 'Change this in Settings',
		label: 'Advice for'
	},
	save: {
		saving: 'Saving…',
		saved: 'Saved on this device',
		'storage-full':
			'This device is full, so the last change was not saved. Everything saved before is safe. Free up some space, or remove photos, and try again.',
		closed:
			'Footing was updated in another tab. Reload this page to carry on. Your answers are saved.',
		blocked:
			'Footing is open in another tab with an older version, so the last change was not saved. Close that tab, then reload this page.',
		'upgrade-failed':
			'Footing could not update the stored data, so the last change was not saved. Nothing else was changed. Reload the page to try again.',
		other: 'The last change could not be saved. Everything saved before is safe. Please try again.',
		damaged:
			'Part of what is stored on this device was changed or damaged, so the last change was not saved. Nothing else was changed.',
		deleted: 'This check was deleted in another window, so the last change was not saved.',
		'not-an-image': 'This file is not a photo. Please choose a photo.',
		'too-big': 'This photo is too big. Please choose a smaller one.',
		unreadable: 'This photo could not be read. Please try another one.'
	},
	plan: {
		title: 'Action plan',
		intro:
			'Every hazard found, with what to do and who acts. Change what you need to, and tick an action when it is done.',
		none: 'No hazards found, so there is nothing to do. Good news!',
		done: (done: number, total: number) => `${done} of ${total} actions done`,
		byPriority: (high: number, medium: number, low: number) =>
			`${high} high, ${medium} medium and ${low} low priority`,
		priorityHeading: { high: 'High priority', medium: 'Medium priority', low: 'Low priority' },
		fix: 'What to do',
		resetFix: 'Use the checklist’s text again',
		owner: 'Who acts',
		due: 'Do by',
		markDone: 'Done',
		note: 'Note',
		toMentionGp: 'To mention to your GP',
		personalTitle: 'Advice on personal factors',
		noPersonalActions: 'No hazards found for this person.',
		compareTitle: (date: string) => `Compared with the visit on ${date}`,
		resolved: 'Solved since the last visit',
		added: 'New hazards',
		remaining: 'Still open',
		nothing: 'None',
		exportTitle: 'Print or share the plan',
		download: 'Download PDF',
		share: 'Share PDF',
		making: 'Making the PDF…',
		made: (name: string) => `The PDF is ready: ${name}`,
		changeFix: 'Change',
		fixDone: 'Done changing',
		fixEmpty: 'No text yet: tap Change to write what to do.',
		why: 'Why',
		doneFolded: (n: number) => `Done (${n})`,
		view: 'Show',
		viewByPriority: 'By priority',
		viewSoonest: 'Due soonest',
		soonestEmpty: 'No open action has a date yet. Give actions a date to see them here.',
		noDate: 'No date yet',
		overdue: 'Overdue',
		showFor: 'Show the actions of',
		whoActs: 'Who acts',
		everyone: 'Everyone',
		partCount: (name: string, n: number) => `${name} (${n})`,
		noneForPart: 'Nothing to do for them in this plan.',
		copyTitle: 'Which copy?',
		clientCopy: 'For the client: the plan, without the list of every answer',
		careFile: 'For the care file: with every answer at the end',
		largePrint: 'Large print (14 pt)',
		partPdf: (name: string) => `The part for: ${name}`,
		sharePdf: 'Share the PDF',
		downloadPdf: 'Download the PDF',
		shareHint: 'Opens this device’s share menu, to send the PDF by e-mail or a message app.',
		downloadHint: 'Saves the PDF in this device’s downloads.',
		calendar: 'Put the dates in a calendar (.ics)',
		calendarMade: (name: string) =>
			`The calendar file is ready: ${name}. Open it to add the dates.`,
		calendarEmpty: 'There are no dates yet: give actions a date, or set the next visit.',
		calendarDue: (finding: string, who: string) => `To do: ${finding} (${who})`,
		calendarNextVisit: (label: string) => `Next Footing visit: ${label}`,
		calendarFrom: 'From the Footing action plan of',
		nextVisit: 'Next visit',
		nextVisitHint:
			'When the next check of this home is planned. It goes on the first page of the PDF and in the calendar file.',
		failed: 'The PDF could not be made. Your plan is safe. Please try again.'
	},
	summary: {
		hazardsColumn: 'Hazards',
		title: 'Summary',
		total: (n: number) =>
			n === 0
				? 'No hazards found in this home'
				: count(n, '1 hazard found in total', '# hazards found in total'),
		perRoom: 'Hazards per room',
		unanswered: 'Not answered yet',
		allAnswered: 'Every question is answered.',
		toFallRisk: 'Go to the fall-risk questions',
		goFullTitle: 'Go on to the full check',
		goFullText:
			'The fall risk came out raised. A full check of every room pays off most now: removing hazards cuts falls by more than a third in people at raised risk. Every answer you gave is kept.',
		goFull: 'Go on to the full check',
		quickNote:
			'This was a quick check of the essentials. A full check asks about every room in detail; your answers are kept.',
		toPlan: 'Go to the action plan'
	},
	dateField: {
		outOfRange: (min: number, max: number) =>
			`Check the year: type a date from ${min} to ${max}. This date was not saved.`,
		incomplete: 'This date is not complete. Type the day, the month and the year. It was not saved.'
	},
	backup: {
		title: 'Backups',
		intro:
			'A backup file holds your checks with their answers, notes, photos and plans. Keep it somewhere safe, or open it in Footing on another device.',
		prepareAll: 'Make a backup of all checks',
		prepareChosen: 'Make a backup of the chosen clients',
		prepareOne: 'Make a backup of this check',
		preparing: 'Making the backup…',
		ready: (checks: number, photos: number, size: string) =>
			`The backup holds ${checks === 1 ? '1 check' : `${checks} checks`} and ${photos === 1 ? '1 photo' : `${photos} photos`}: ${size}.`,
		leftOutChecks: (n: number) =>
			`${count(n, '1 check', '# checks')} on this device ${n === 1 ? 'was' : 'were'} changed or damaged, so ${n === 1 ? 'it is' : 'they are'} not in this backup. Every other check is.`,
		leftOutParts: (n: number) =>
			`${count(n, '1 answer or photo', '# answers or photos')} on this device ${n === 1 ? 'was' : 'were'} changed or damaged, so ${n === 1 ? 'it is' : 'they are'} not in this backup. Everything else is.`,
		nothing: 'There are no checks to back up yet.',
		preparingProgress: (done: number, total: number) =>
			`Making the backup… ${done} of ${total === 1 ? '1 check' : `${total} checks`}.`,
		chooseClients: 'Choose which clients go in the backup',
		allClients: 'All clients',
		client: (visits: number, photos: number, size: string) =>
			`${visits === 1 ? '1 visit' : `${visits} visits`}, ${photos === 1 ? '1 photo' : `${photos} photos`}, about ${size}`,
		chosen: (checks: number, photos: number, size: string) =>
			`Chosen: ${checks === 1 ? '1 check' : `${checks} checks`} and ${photos === 1 ? '1 photo' : `${photos} photos`}, about ${size}.`,
		noneChosen: 'Choose at least one client to make a backup.',
		overSize: (size: string, max: string) =>
			`This backup would be about ${size}. A backup of at most ${max} can be restored on any device. Untick some clients, and make a second backup with the others.`,
		overCount:
			'This backup would hold more checks, answers or photos than Footing can restore at once. Untick some clients, and make a second backup with the others.',
		overCheck: (labels: string) =>
			`Too big for a backup (more than 1000 rooms, 100,000 answers or 10,000 photos in one check): ${labels}. Untick it to make the backup.`,
		protect: 'Protect with a password',
		protectHint:
			'Anyone who has the file needs this password to open it. Footing cannot recover a forgotten password: keep it somewhere safe, apart from the file.',
		password: 'Password',
		passwordRepeat: 'Repeat the password',
		passwordTooShort: 'Use at least 8 characters for the password.',
		passwordsDiffer: 'The two passwords are not the same. Please type them again.',
		savePlain: 'Save without a password',
		plainWarning:
			'This file holds health data of your clients. Anyone who gets the file can read it.',
		readyProtected: 'The file is protected with a password.',
		save: 'Save the backup file',
		share: 'Share the backup file',
		saved: (name: string) => `Backup saved: ${name}`,
		last: (when: string) => `Last backup: ${when}.`,
		never: 'No backup made on this device yet.',
		failed: 'The backup could not be made. Your checks are safe on this device. Please try again.',
		restoreTitle: 'Restore a backup',
		restoreIntro:
			'Choose a Footing backup file, or a check saved for care records (FHIR). Footing reads the whole file first. Nothing on this device changes before that.',
		chooseFile: 'Choose a backup file',
		filePassword: 'Password of the backup',
		open: 'Open',
		reading: 'Reading the file…',
		readingProgress: (done: number, total: number) =>
			`Reading the file… ${done} of ${total === 1 ? '1 check' : `${total} checks`}.`,
		found: (checks: number, date: string) =>
			`This backup holds ${checks === 1 ? '1 check' : `${checks} checks`}, made on ${date}.`,
		unknownItems: (n: number) =>
			`It has answers to ${n === 1 ? '1 question' : `${n} questions`} that this version of Footing does not know. They are kept, and show again after Footing is updated.`,
		conflictsTitle: 'Already on this device',
		conflict: (label: string, date: string) => `“${label}” of ${date}`,
		identical: 'The same as on this device.',
		different: 'Different from the one on this device.',
		choice: {
			'keep-both': 'Keep both',
			replace: 'Replace the one on this device',
			skip: 'Leave it out'
		},
		restore: 'Restore',
		restoring: 'Restoring…',
		restoringProgress: (done: number, total: number) =>
			`Restoring… ${done} of ${total === 1 ? '1 check' : `${total} checks`}.`,
		photosLeftOut: (n: number) =>
			n === 1
				? '1 photo in the backup could not be read, so it was left out. Everything else was restored:'
				: `${n} photos in the backup could not be read, so they were left out. Everything else was restored:`,
		photoLeftOut: (item: string, room: string, label: string, date: string) =>
			`The photo at “${item}” (${room}) in “${label}” of ${date}.`,
		restored: (n: number) =>
			n === 0 ? 'Nothing was restored.' : `${n === 1 ? '1 check' : `${n} checks`} restored.`,
		cancel: 'Cancel',
		problems: {
			empty: 'This file is empty, so there is nothing to restore.',
			'too-big': 'This file is too big to be a Footing backup.',
			unreadable: 'Footing could not read this file. Please choose it again.',
			'not-json': 'This file is not a Footing backup, or it is damaged.',
			'not-a-backup':
				'This file is not a Footing backup. Choose a file whose name starts with “footing-backup”.',
			'newer-version':
				'This backup was made by a newer version of Footing. Nothing was changed. Update Footing first, then try again.',
			'forbidden-key':
				'This file contains something that does not belong in a backup, so Footing did not use it. Nothing was changed.',
			invalid: 'This backup is damaged or was changed after it was made. Nothing was changed.',
			'bad-date':
				'This backup contains a date that does not exist, so it is probably damaged. Nothing was changed.',
			'bad-photo':
				'This backup contains a photo that is not an image or is too large. Nothing was changed.',
			'too-many':
				'This backup holds more checks, answers or photos than Footing can load at once. Nothing was changed. Make smaller backups, for example one check at a time.',
			'password-needed': 'This backup is protected with a password. Type the password to open it.',
			'wrong-password':
				'This is not the password of this backup. Check it and try again. Nothing was changed.',
			'fhir-not-footing':
				'This FHIR file holds no answers to Footing’s checklist, so there is nothing to restore. Nothing was changed.',
			'storage-full':
				'This device is full, so the backup could not be restored. Nothing was changed. Free up some space and try again.',
			other: 'The backup could not be restored. Nothing was changed. Please try again.'
		},
		reminder: (days: number) =>
			`Your latest changes are ${days} days old and not in a backup yet. Make a backup, so they are safe if this device is lost or the browser clears its data.`,
		reminderAction: 'Make a backup',
		reminderLater: 'Not now'
	},
	careRecord: {
		title: 'Send to the care record',
		intro: (host: string) =>
			`Your organisation’s care record (${host}) can receive this check: the answers, the fall-risk level and the action plan. Nothing else leaves this device.`,
		clientNumber: (name: string) => `Client number of ${name}`,
		clientNumberHint: 'As in your organisation’s records. The care record finds the client by it.',
		bsn: (name: string) => `BSN of ${name}`,
		bsnHint: 'The citizen service number: 9 digits. Only if your organisation asks for it.',
		bsnInvalid: 'This is not a valid BSN. A BSN has 9 digits; please check the number.',
		send: 'Send to the care record',
		sendAgain: 'Send again',
		notSent: 'Not sent yet.',
		queuedOffline:
			'Waiting for a connection. Footing sends it as soon as this device is online again, or the next time you open Footing.',
		sending: 'Sending…',
		sent: (when: string) => `Sent on ${when}.`,
		changedSince: (when: string) =>
			`Sent on ${when}. Changed since then: send it again to update the care record.`,
		retrying: (when: string) =>
			`The care record could not be reached. Footing tries again by itself at ${when}.`,
		serverProblem: (when: string) =>
			`The care record had a problem and did not take the check. Footing tries again by itself at ${when}.`,
		tokenProblem:
			'The care record did not accept the access token. Enter a new one in Settings; the check is sent then.',
		refused: 'The care record did not take this check.',
		serverSaid: (text: string) => `The care record said: ${text}`,
		nothingLost: 'Nothing is lost: the check stays on this device.',
		settingsTitle: 'Sending to the care record',
		settingsIntro: (host: string) =>
			`Checks can be sent to your organisation’s care record at ${host}. Nothing is sent until you choose “Send to the care record” on a check.`,
		token: 'Access token',
		tokenHint:
			'Given by your organisation. It is kept on this device only (locked with the passcode when one is set).',
		tokenSaved: 'An access token is saved on this device.',
		noToken: 'No access token saved yet.',
		saveToken: 'Save the token',
		forgetToken: 'Forget the token',
		tokenStored: 'The access token is saved.',
		tokenForgotten: 'The access token is forgotten.',
		saveFailed: 'This could not be saved. Nothing changed.'
	},
	fhir: {
		title: 'For care records (FHIR)',
		intro:
			'Care organisations can load Footing’s checklist and checks into their care records. The files use the FHIR standard (R4).',
		questionnaire: 'Download the checklist (FHIR Questionnaire)',
		checkRecord: 'Download this check for care records (FHIR)',
		saved: (name: string) => `Saved: ${name}`
	},
	exportCheck: {
		title: 'Save or share this check'
	},
	data: {
		closed:
			'Footing was changed in another tab. Reload this page to carry on. Your answers are saved.',
		blocked:
			'Footing is open in another tab with an older version. Close that tab, then reload this page.',
		'upgrade-failed':
			'Footing could not update the stored data to this new version. Nothing was changed or lost. Reload the page to try again.',
		'storage-full':
			'This device is full, so Footing cannot save anything new. Everything saved before is safe. Free up some space, for example by removing photos or apps, then try again.',
		other: 'Footing could not open its stored data. Reload the page to try again.',
		damaged:
			'Part of what is stored on this device was changed or damaged, so Footing cannot show it. Nothing was changed. Restore it from a backup if you have one.',
		deleted: 'This check was deleted in another window.',
		reload: 'Reload'
	},
	error: {
		notFound: 'Page not found',
		notFoundHelp: 'This page does not exist in Footing. Your checks are safe on the start page.',
		other: 'Something went wrong',
		otherHelp: 'Footing could not show this page. Your saved answers are safe.',
		toStart: 'Go to the start page'
	},
	settings: {
		title: 'Settings',
		link: 'Settings',
		dataTitle: 'Your data',
		dataOnDevice:
			'Everything you enter stays on this device. Footing has no account and sends nothing over the internet.',
		storageTitle: 'Storage on this device',
		persisted:
			'This browser has promised to keep Footing’s data, even when the device is almost full.',
		notPersisted:
			'This browser may delete Footing’s data when the device is almost full, or after a week without use (Safari). Install Footing to keep it safe, and make backups.',
		persistUnknown: 'Footing cannot tell whether this browser will keep its data. Make backups.',
		usage: (used: string) => `Footing uses ${used} on this device.`,
		installTitle: 'Install Footing',
		installHelp:
			'Install Footing to open it like an app, without internet, and to keep its data: in Chrome or Edge, choose “Install app” in the menu; on an iPhone or iPad, tap Share, then “Add to Home Screen”.',
		installed: 'Footing is installed on this device.',
		storageHint: 'This browser may delete your checks when the device is almost full.',
		storageHintLink: 'How to keep them safe',
		eraseTitle: 'Delete all data',
		eraseText:
			'Delete every check, answer, note and photo Footing keeps on this device. This cannot be undone: make a backup first if you may need them.',
		eraseButton: 'Delete all data',
		eraseConfirmTitle: 'Delete everything Footing keeps on this device?',
		eraseConfirmText: 'All checks, answers, notes and photos will be gone for good.',
		eraseConfirm: 'Delete everything',
		eraseFailed: 'Not everything could be deleted. Close other Footing tabs and try again.',
		erased: 'Everything Footing kept on this device is deleted.',
		startAgain: 'Start again'
	},
	lock: {
		title: 'Footing is locked',
		intro: 'Enter your passcode to see the checks on this device.',
		passcode: 'Passcode',
		unlock: 'Unlock',
		busy: 'One moment…',
		wrong: 'That is not the passcode. Please try again.',
		wait: (seconds: number) =>
			`That is not the passcode. You can try again in ${count(seconds, '1 second', '# seconds')}.`,
		damaged:
			'The stored passcode is damaged, so Footing cannot unlock with it. Use your recovery code, or erase everything.',
		forgot: 'Forgot your passcode?',
		recoveryTitle: 'A new passcode with your recovery code',
		recoveryCode: 'Recovery code',
		recoveryHint:
			'The 24 letters and digits you wrote down when you set the passcode. Spaces and dashes do not matter.',
		newPasscode: 'New passcode',
		repeat: 'Repeat the new passcode',
		reset: 'Set the new passcode',
		wrongCode: 'That recovery code does not fit. Check it and try again.',
		forgotBoth: 'Forgot both?',
		eraseText:
			'Without the passcode or the recovery code nobody can read the checks on this device, not even Footing. You can erase everything and start again: all checks, answers and photos on this device are then gone for good. A backup made earlier can be restored afterwards.',
		erase: 'Erase everything on this device',
		eraseConfirm: 'Erase everything',
		lockNow: 'Lock',
		lockNowLabel: 'Lock Footing now',
		sealing: (done: number, total: number) =>
			`Encrypting the stored data: ${done} of ${total} done. Keep Footing open.`,
		opening: (done: number, total: number) =>
			`Decrypting the stored data: ${done} of ${total} done. Keep Footing open.`
	},
	passcode: {
		title: 'Passcode',
		intro:
			'On a shared tablet, or one that could be lost: with a passcode, the checks, names, notes and photos are stored encrypted, and nobody can read them without the passcode.',
		turnOn: 'Lock Footing with a passcode',
		rule: 'At least 6 digits, or a passphrase of at least 8 characters.',
		passcode: 'Passcode',
		repeat: 'Repeat the passcode',
		'too-short': 'This passcode is too short: use at least 6 digits, or 8 characters.',
		'too-simple': 'This passcode is too easy to guess. Choose another one.',
		differ: 'The two passcodes are not the same.',
		next: 'Next',
		cancel: 'Cancel',
		recoveryTitle: 'Your recovery code',
		recoveryIntro:
			'Write this code down and keep it in a safe place, not with the device. With it you can set a new passcode if you forget yours. Footing shows it only now.',
		wroteDown: 'I have written down the recovery code',
		confirm: 'Turn on the passcode',
		on: 'Footing is locked with a passcode. What is stored on this device is encrypted.',
		idle: 'Lock after this long without use',
		minutes: (n: number) => count(n, '1 minute', '# minutes'),
		hiddenNote: 'Footing also locks when it has been in the background for a minute.',
		change: 'Change the passcode',
		current: 'Current passcode',
		newPasscode: 'New passcode',
		repeatNew: 'Repeat the new passcode',
		save: 'Save the new passcode',
		changed: 'The passcode is changed.',
		wrong: 'That is not the current passcode.',
		turnOff: 'Turn off the passcode',
		turnOffText:
			'What is stored on this device is then no longer encrypted: anyone who opens Footing here can read it.',
		turnedOff: 'The passcode is off. What is stored on this device is no longer encrypted.'
	},
	update: {
		available: 'A new version of Footing is ready.',
		reload: 'Reload',
		later: 'Later',
		offlineReady: 'Footing now works without internet.'
	}
};

export type Messages = typeof en;
