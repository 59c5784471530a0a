/**
 * Reading aloud with the browser's own voices (`speechSynthesis`): offline wherever the device
 * has a voice for the language, and offered only then. Nothing is sent anywhere.
 */
import type { Language } from '$lib/checklist/types';

class Speech {
	/** The voices the device has; empty until the browser says (some load them late). */
	voices = $state.raw<readonly SpeechSynthesisVoice[]>([]);
	/** What is being read now, if anything (to show "Stop reading" on its button). */
	reading = $state<string | undefined>();

	constructor() {
		if (typeof speechSynthesis === 'undefined') return;
		const load = () => (this.voices = speechSynthesis.getVoices());
		load();
		speechSynthesis.addEventListener?.('voiceschanged', load);
	}

	/** Whether the device can read this language aloud. */
	canRead(language: Language): boolean {
		return this.voiceFor(language) !== undefined;
	}

	/** Read a text aloud in a language; `key` names what is read, for its button. */
	read(text: string, language: Language, key = text): void {
		const voice = this.voiceFor(language);
		if (!voice || typeof speechSynthesis === 'undefined') return;
		speechSynthesis.cancel();
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.voice = voice;
		utterance.lang = voice.lang;
		utterance.rate = 0.9; // a little slower than the default, for older ears
		utterance.onend = utterance.onerror = () => {
			if (this.reading === key) this.reading = undefined;
		};
		this.reading = key;
		speechSynthesis.speak(utterance);
	}

	/** Stop reading. */
	stop(): void {
		if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
		this.reading = undefined;
	}

	#voiceCache = new Map<string, SpeechSynthesisVoice | undefined>();

	voiceFor(language: Language): SpeechSynthesisVoice | undefined {
		const voices = this.voices;
		const key = `${language}:${voices.length}`;
		if (!this.#voiceCache.has(key)) {
			const own = voices.filter((voice) => voice.lang.toLowerCase().startsWith(language));
			// A voice on the device (works offline) before one in the cloud.
			this.#voiceCache.set(key, own.find((voice) => voice.localService) ?? own[0]);
		}
		return this.#voiceCache.get(key);
	}
}

/** Reading aloud, shared by every screen. */
export const speech = new Speech();
