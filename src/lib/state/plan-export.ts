/** The action plan of the open check as a PDF file, made on the device (jsPDF loads now). */
import type { Language } from '$lib/checklist/types';
import { database, photosOfCheck } from '$lib/db';
import { loadPdfMaker } from '$lib/pdf/load';
import { measureSince, TIMINGS } from '$lib/timing';
import type { CheckSession } from './check-session.svelte';

/** The plan's PDF, with what is typed saved first. */
export async function planPdfFile(
	session: CheckSession,
	language: Language
): Promise<{ blob: Blob; name: string }> {
	const started = performance.now();
	await session.flush();
	const [maker, db, earlier] = await Promise.all([
		loadPdfMaker(),
		database(),
		session.earlierVisit()
	]);
	const { check, answers } = session;
	const photos = await photosOfCheck(db, check.id);
	const { bytes, name } = await maker.makePlanPdf({
		check,
		answers,
		language,
		photos,
		earlier,
		now: new Date()
	});
	measureSince(TIMINGS.pdfMade, started);
	return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name };
}
