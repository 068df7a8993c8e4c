package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.werkcentrum.app.traject.AanmeldingService;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.Registratie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

@RestController
@RequestMapping("/api/aanmeldingen")
class AanmeldingController {

  private final AanmeldingService aanmeldingen;

  AanmeldingController(AanmeldingService aanmeldingen) {
    this.aanmeldingen = aanmeldingen;
  }

  record AanmeldingVerzoek(@NotBlank String bsn, @NotBlank String regio, @NotNull Kanaal kanaal) {
  }

  record AanmeldingAntwoord(UUID trajectId, boolean herhaald) {
  }

  @PostMapping
  @Operation(summary = "Sign a person up through any door",
      description = "Starts the trajectory (201), or records the sign-up with the running one (200).")
  ResponseEntity<AanmeldingAntwoord> aanmelden(@Valid @RequestBody AanmeldingVerzoek verzoek) {
    Registratie registratie = aanmeldingen.aanmelden(verzoek.bsn(), verzoek.regio(), verzoek.kanaal());
    var antwoord = new AanmeldingAntwoord(registratie.trajectId(), registratie.herhaald());
    if (registratie.herhaald()) {
      return ResponseEntity.ok(antwoord);
    }
    var location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/trajecten/{id}").buildAndExpand(registratie.trajectId()).toUri();
    return ResponseEntity.created(location).body(antwoord);
  }
}
