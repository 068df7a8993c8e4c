// Replaces the webjar's welcome/scripts/config.js (Camunda 7.24): the classpath copy of the
// application comes before the webjar's, so this file wins.
// The welcome app (login, profile, password) speaks Dutch like Tasklist: the browser's first
// language when listed, Dutch otherwise. nl.json is ours (locales/nl.json).
// The welcome page is also where the report page sends people to log in; the link brings them back.
export default {
  // shown on the login page, in the header and as the page title, whatever the language
  app: {
    name: 'Welkom',
    vendor: 'Camunda'
  },

  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },

  dateFormat: {
    normal: 'DD-MM-YYYY HH:mm',
    short: 'DD-MM-YYYY',
    abbr: 'DD-MM-YYYY HH:mm',
    long: 'dddd D MMMM YYYY HH:mm',
    monthName: 'MMMM',
    day: 'DD'
  },

  links: [
    {
      label: 'Rapportage Regionaal Beraad',
      href: '/rapportage.html',
      description: 'Cijfers van uw regio: aanmeldingen, doorlooptijden, budget, plaatsingen en uitval'
    }
  ]
};
