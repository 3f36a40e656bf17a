import { defineConfig } from 'wxt';

// Public half of a key we generated for development only: it pins the unpacked
// extension id (chrome-extension://dafcmdigagbjlbaambaanjgmopadjgej) so tests and
// the demo can open its pages whatever folder the repo is cloned into.
const DEV_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9fKSDqhBa+4jhY2nVPKuZQV47k9y4OKch2gvgUYXCcI1t90/pVxEtFcl0ZLtKGHrYQRnklMRq8SzKx8svPWk3ZUPErVEZ/saY12wsmOBf8vDU0xeV+Q8iZQaxoOnWXDGbZCqcePuGzzLKk5rql+xOFY27/EU9xwnDoOhOJOZjZlS3ioHwtmL7Oo6Am7lczluhOuSeokwm0e0t+gNAtvMu7rjH5eD02L0j9PQqMACQtRgPc0FJNNKvwVvf41g6os/qUH9Pw6pGEmPwjpAu1yAVWJer8CcVoTA/dRTi+aXY215gUhrS04rwIiRDrxengEQRlbccutHyI5cVgrkHCIBDwIDAQAB';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-panel': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandOpenPanel__' },
      'next-unanswered': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNext__' },
      'insert-reply': { suggested_key: { default: 'Alt+Shift+I' }, description: '__MSG_commandInsert__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tanggap@tanggap.dev',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: DEV_PUBLIC_KEY }),
  }),
  zip: { excludeSources: ['.output/**', 'test-results/**', '*.log'] },
});
