package nl.werkcentrum.app.api;

import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import org.springframework.stereotype.Component;

/**
 * Checked before the region scoping: an unknown region is the caller's mistake (400), while a
 * known region of somebody else stays a refusal (403). The 35 codes are public, so this tells
 * nobody anything they could not know.
 */
@Component
class BekendeRegio {

  private final ArbeidsmarktregioRepository regios;

  BekendeRegio(ArbeidsmarktregioRepository regios) {
    this.regios = regios;
  }

  void controleer(String regio) {
    if (regio == null || !regios.existsById(regio)) {
      throw new OngeldigVerzoekException("regio", "regio: onbekende arbeidsmarktregio");
    }
  }
}
