/** Vite config of the benchmark's baseline: SvelteKit alone, the same build target as Footing. */
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	build: { target: 'es2022' }
});
