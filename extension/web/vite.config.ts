import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * A page that works opened from disk (file://): module scripts and crossorigin stylesheets are
 * refused there, so the bundle is one classic script and the tags lose type=module and crossorigin.
 */
function classicScripts(): Plugin {
  return {
    name: 'classic-scripts',
    enforce: 'post',
    transformIndexHtml(html) {
      return html
        .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
        .replace(/<script type="module" src=/g, '<script defer src=')
        .replace(/ crossorigin(?=[\s>])/g, '');
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), classicScripts()],
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    modulePreload: false,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: { format: 'iife', codeSplitting: false },
    },
  },
});
