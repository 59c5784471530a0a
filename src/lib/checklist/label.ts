import { lengthOf, LIMITS } from './limits';

/** The longest label a home may have: enough for a name and an address. */
export const LABEL_MAX = LIMITS.label;

export type LabelResult =
	{ ok: true; label: string } | { ok: false; problem: 'missing' | 'too-long' };

/**
 * A home's label as the user typed it, cleaned: spaces at the ends and runs of spaces removed,
 * control characters dropped. Empty or longer than LABEL_MAX characters is refused.
 * Markup needs no cleaning: labels are always shown as text.
 */
export function cleanLabel(raw: string): LabelResult {
	const label = raw
		.replace(/\p{Cc}/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (!label) return { ok: false, problem: 'missing' };
	if (lengthOf(label) > LABEL_MAX) return { ok: false, problem: 'too-long' };
	return { ok: true, label };
}
