// Replaces the webjar's tasklist/scripts/config.js (Camunda 7.24): the classpath copy of the
// application comes before the webjar's, so this file wins.
// Caseworkers work in Dutch. Tasklist picks the browser's first language when it is listed in
// availableLocales and the fallback otherwise, so Dutch is the default for every browser that
// does not ask for English; English stays available for administrators and for tests that
// drive an English browser. nl.json is ours (locales/nl.json); NlLocaleCoversEnglishTest keeps it
// complete.
export default {
  // shown on the login page, in the header and as the page title, whatever the language
  app: {
    name: 'Takenlijst',
    vendor: 'Camunda'
  },

  // form-js's own messages on a form's fields, in Dutch (scripts/formulier-meldingen.js); the
  // path is relative to app/tasklist/
  customScripts: ['scripts/formulier-meldingen.js'],

  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },

  // Dutch notation (dd-mm-jjjj). These are the six formats 7.24 reads; month and day names
  // come from the active locale's dateLocales.
  dateFormat: {
    normal: 'DD-MM-YYYY HH:mm',
    short: 'DD-MM-YYYY',
    abbr: 'DD-MM-YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    monthName: 'MMMM',
    day: 'DD'
  },

  // A config.js of our own drops the webjar's defaults, and these shortcuts exist only in
  // that file: keep Camunda's keys. The descriptions are shown as they are (not translated) in
  // the keyboard shortcut dialog, so they are Dutch here.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claimt de geselecteerde taak'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste invoerveld van het formulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster om een proces te starten'
    }
  }
};
