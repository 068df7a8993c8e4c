package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

  record AanmeldingVerzoek(
      @Schema(description = "Burgerservicenummer: negen cijfers die de 11-proef doorstaan")
      @NotBlank(message = "ontbreekt") String bsn,
      @Schema(description = "Code van de arbeidsmarktregio", example = "AMR15")
      @NotBlank(message = "ontbreekt") String regio,
      @Schema(description = "De deur waardoor de persoon zich meldt")
      @NotNull(message = "ontbreekt") Kanaal kanaal) {
  }

  record AanmeldingAntwoord(
      @Schema(description = "Het traject van de persoon") UUID trajectId,
      @Schema(description = "true als de persoon al een lopend traject had") boolean herhaald) {
  }

  @PostMapping
  @Operation(summary = "Sign a person up through any door",
      description = "Starts the trajectory (201), or records the sign-up with the running one (200).")
  @ApiResponse(responseCode = "201", description = "A new trajectory was started; Location points at it",
      headers = @Header(name = "Location", description = "/api/trajecten/{id}"),
      content = @Content(schema = @Schema(implementation = AanmeldingAntwoord.class)))
  @ApiResponse(responseCode = "200", description = "The person already had a running trajectory; "
      + "the sign-up was recorded there",
      content = @Content(schema = @Schema(implementation = AanmeldingAntwoord.class)))
  @Weigeringen({400, 409})
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
