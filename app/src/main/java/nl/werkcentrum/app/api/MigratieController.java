package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import nl.werkcentrum.app.maatwerk.Migraties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Process owners move running instances to a new version of a model ({@link Migraties}): validated
 * first, then as a batch whose progress Cockpit shows; or only checked, to see what would happen.
 */
@RestController
@RequestMapping("/api/migraties")
class MigratieController {

  private final Migraties migraties;

  MigratieController(Migraties migraties) {
    this.migraties = migraties;
  }

  record MigratieVerzoek(
      @Schema(example = "werkcentrum-traject") @NotBlank(message = "ontbreekt") String procesDefinitieKey,
      @Schema(example = "3") @NotNull(message = "ontbreekt") @Positive(message = "moet groter dan 0 zijn") Integer vanVersie,
      @Schema(example = "4") @NotNull(message = "ontbreekt") @Positive(message = "moet groter dan 0 zijn") Integer naarVersie,
      @Schema(description = "De tenant (regiocode) van de versies; weglaten voor de landelijke modellen", example = "AMR15")
      String tenant,
      @Schema(description = "Alleen controleren en rapporteren, niets migreren") Boolean alleenControleren) {
  }

  @PostMapping
  @Operation(summary = "Migrate the running instances of one version of a process to another",
      description = "For process owners: a regional one migrates the instances of their own region, a national one "
          + "all. The plan maps activities with equal ids and is validated first: an invalid plan is a 422 with "
          + "the reasons in 'fouten', and nothing moves. Instances waiting in an activity the new version lacks "
          + "are listed in 'blijvenStaan' and stay on their version. The others are migrated as a batch "
          + "('batchId'; 202), unless 'alleenControleren' (200).")
  @ApiResponse(responseCode = "202", description = "The batch is started")
  @ApiResponse(responseCode = "200", description = "Only checked: what a migration would do")
  @Weigeringen({400, 403, 422})
  ResponseEntity<Object> migreer(@Valid @RequestBody MigratieVerzoek verzoek, Authentication door) {
    boolean alleenControleren = Boolean.TRUE.equals(verzoek.alleenControleren());
    String tenant = verzoek.tenant() == null || verzoek.tenant().isBlank() ? null : verzoek.tenant();
    Migraties.Rapport rapport = migraties.migreer(new Migraties.Verzoek(verzoek.procesDefinitieKey(),
        verzoek.vanVersie(), verzoek.naarVersie(), tenant, alleenControleren), door);
    if (!rapport.geldig()) {
      ProblemDetail problem = Problemen.probleem(HttpStatus.UNPROCESSABLE_ENTITY,
          "Het migratieplan van " + rapport.van() + " naar " + rapport.naar() + " is ongeldig; er is niets gemigreerd");
      problem.setTitle("Migratieplan ongeldig");
      problem.setProperty("fouten", rapport.fouten());
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    return ResponseEntity.status(alleenControleren ? HttpStatus.OK : HttpStatus.ACCEPTED).body(rapport);
  }

  @GetMapping("/{batchId}")
  @Operation(summary = "Progress of a migration batch",
      description = "For process owners; 404 once the batch has finished (Cockpit's history keeps it).")
  @Weigeringen({403, 404})
  ResponseEntity<Object> voortgang(@PathVariable String batchId, Authentication door) {
    return migraties.voortgang(batchId, door).<ResponseEntity<Object>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Problemen.probleem(HttpStatus.NOT_FOUND, "Geen lopende migratie met dit id")));
  }

  @ExceptionHandler
  ProblemDetail onbekendeVersie(Migraties.OnbekendeVersieException e) {
    return Problemen.ongeldig(e.getMessage(), List.of(e.getVeld()));
  }
}
