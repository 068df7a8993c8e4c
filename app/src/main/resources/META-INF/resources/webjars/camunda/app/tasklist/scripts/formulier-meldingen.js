// Camunda Forms (form-js, bundled with Tasklist 7.24) checks a field as the caseworker types and
// writes its messages in English, with no way to translate them. Caseworkers read Dutch, so this
// script, loaded by config.js (customScripts), rewrites each message where form-js puts it. It
// follows Tasklist's own choice of language: English stays English for a browser that asks for it.
// A pattern is not repeated to the caseworker; the field's description says what is expected.

const MELDINGEN = [
  [/^Field is required\.$/, () => 'Dit veld is verplicht.'],
  [/^Field must match pattern .*\.$/, () => 'Dit heeft niet de gevraagde vorm; zie de toelichting bij het veld.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Vul minstens ${n} tekens in.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Vul hoogstens ${n} tekens in.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `De waarde moet minstens ${n} zijn.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `De waarde mag hoogstens ${n} zijn.`],
  [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid +international phone number\..*$/, () => 'Vul een geldig internationaal telefoonnummer in, bijvoorbeeld +31201234567.'],
  [/^Value is not a number\.$/, () => 'Vul een getal in.'],
  [/^Value is expected to be an integer\.?$/, () => 'Vul een geheel getal in.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.?$/, (n) => `Vul hoogstens ${n} cijfer(s) achter de komma in.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Kies een geldige waarde; de dichtstbijzijnde zijn ${a} en ${b}.`],
];

/** The Dutch text for one of form-js's messages, or null for a text that is not one of them. */
function vertaal(tekst) {
  for (const [patroon, dutch] of MELDINGEN) {
    const match = patroon.exec(tekst.trim());
    if (match) {
      return dutch(...match.slice(1));
    }
  }
  return null;
}

// Tasklist speaks English only to a browser whose first language is English (config.js: nl is
// the fallback for every other language)
const engels = (navigator.languages && navigator.languages[0] || navigator.language || 'nl')
  .toLowerCase().startsWith('en');

function vertaalOnder(node) {
  const lijsten = node.nodeType === Node.ELEMENT_NODE
    ? [...(node.matches('.fjs-form-field-error') ? [node] : []), ...node.querySelectorAll('.fjs-form-field-error')]
    : [];
  const teksten = node.nodeType === Node.TEXT_NODE && node.parentElement?.closest('.fjs-form-field-error')
    ? [node] : lijsten.flatMap((lijst) => textNodes(lijst));
  for (const tekst of teksten) {
    const nl = vertaal(tekst.data);
    if (nl !== null && nl !== tekst.data) {
      tekst.data = nl;
    }
  }
}

function textNodes(element) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) {
    nodes.push(walker.currentNode);
  }
  return nodes;
}

if (!engels && typeof MutationObserver !== 'undefined') {
  // form-js renders its messages when a field is checked, and again each time they change
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        vertaalOnder(mutation.target);
      } else {
        mutation.addedNodes.forEach(vertaalOnder);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
