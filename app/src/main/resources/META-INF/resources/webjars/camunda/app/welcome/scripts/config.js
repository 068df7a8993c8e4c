// Replaces the welcome app's default (empty) config.js: Spring Boot serves the webapps from this
// classpath folder and our own resources come first. The welcome page is where the report page
// sends people to log in; this link brings them back.
export default {
  links: [
    {
      label: 'Rapportage Regionaal Beraad',
      href: '/rapportage.html',
      description: 'Cijfers van uw regio: aanmeldingen, doorlooptijden, budget, plaatsingen en uitval'
    }
  ]
};
