import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension lives in extension/; the core and rule pack are imported from the repo as they are.
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  modulesDir: 'extension/modules',
  // Explicit imports only: the code reads the same in the extension, the web build and the tests.
  imports: false,
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: { chunkSizeWarningLimit: 2000 },
  }),
  manifest: ({ browser, mode }) => ({
    name: 'Samverkanskollen',
    description:
      'Granskar samverkansöverenskommelser och medborgarlöften mot Länsstyrelsen Skånes 17-punktslista — lokalt, inget lämnar datorn.',
    permissions: ['activeTab', 'storage', 'contextMenus', 'scripting'],
    // Asked for per site, only when the user checks a page or a PDF the active-tab grant does not cover.
    optional_host_permissions: ['<all_urls>'],
    // The e2e build may read the test's own loopback page: automation cannot give the activeTab grant.
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : undefined,
    action: { default_title: 'Granska med Samverkanskollen' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'samverkanskollen@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
  zip: {
    excludeSources: ['fixtures/**', 'test-results/**', '.output/**', 'dist/**', 'bench/**', '**/*.log'],
  },
});
