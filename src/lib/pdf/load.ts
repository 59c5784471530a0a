/**
 * jsPDF is large, so the PDF maker loads only when the user asks for a PDF: one cached promise
 * around `import()`. The chunk is precached, so it also loads offline.
 */
let loading: Promise<typeof import('./plan-pdf')> | undefined;

/** The PDF maker, loaded on first use. */
export function loadPdfMaker(): Promise<typeof import('./plan-pdf')> {
	loading ??= import('./plan-pdf');
	loading.catch(() => (loading = undefined)); // try again next time
	return loading;
}
