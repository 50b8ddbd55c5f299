import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { stepTexPlugin } from './scripts/vite/step-tex.js';

export default defineConfig({
	plugins: [stepTexPlugin(), sveltekit()],
	server: {
		// Chapters live in the top-level content/ folder, outside what Vite serves by default.
		fs: { allow: ['content'] }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// A focused test left behind would silently skip the rest of the suite.
		allowOnly: false,
		// The machines are shared and noisy; loading all of MNIST can take seconds.
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
