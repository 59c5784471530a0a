// The two parts of each language's messages, made by scripts/split-messages.ts (see ./parts.ts).
declare module '*?part=start' {
	export const en: Record<string, Record<string, unknown>>;
	export const nl: Record<string, Record<string, unknown>>;
}
declare module '*?part=rest' {
	export const en: Record<string, Record<string, unknown>>;
	export const nl: Record<string, Record<string, unknown>>;
}
