/** Giving a file to the user: download it, or hand it to the device's share sheet. */

/** Save a file through the browser's download. Always works. */
export function downloadFile(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Give the download a moment to start before the URL is released.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether this browser can share a file of this kind (phones and tablets mostly). */
export function canShareFile(type: string): boolean {
	if (typeof navigator === 'undefined' || !navigator.canShare) return false;
	try {
		return navigator.canShare({ files: [new File([], 'test', { type })] });
	} catch {
		return false;
	}
}

/**
 * Open the device's share sheet with the file. Resolves false when the user closed the sheet
 * or the browser refused, so the caller can offer the download instead.
 */
export async function shareFile(blob: Blob, name: string, title: string): Promise<boolean> {
	const file = new File([blob], name, { type: blob.type });
	try {
		await navigator.share({ files: [file], title });
		return true;
	} catch {
		return false;
	}
}
