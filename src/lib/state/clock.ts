/**
 * This tab's hybrid logical clock (src/lib/checklist/clock.ts): every change the user makes is
 * stamped by it, and every stamp this tab reads (stored answers, other tabs' changes, a restored
 * backup) is shown to it, so a later change here always gets a higher stamp than what it
 * replaces, wherever the device's clock is set.
 */
import { HybridClock } from '$lib/checklist/clock';

export const clock = new HybridClock();
