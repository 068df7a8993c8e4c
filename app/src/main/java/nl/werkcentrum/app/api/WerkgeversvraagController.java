package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.werkgever.KvkNummer;
import nl.werkcentrum.app.werkgever.Vacature;
import nl.werkcentrum.app.werkgever.VacatureGegevens;
import nl.werkcentrum.app.werkgever.Werkgeversvraag;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import nl.werkcentrum.app.werkgever.WerkgeversvraagStart;
import nl.werkcentrum.app.security.RegioToegang;
import nl.werkcentrum.contract.Contract;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Employers' questions: taken through our API, and their open vacancies for the vacancy matching. */
@RestController
class WerkgeversvraagController {

  private final WerkgeversvraagService vragen;
  private final WerkgeversvraagStart start;
  private final BekendeRegio bekendeRegio;
  private final RegioToegang regioToegang;

  WerkgeversvraagController(WerkgeversvraagService vragen, WerkgeversvraagStart start, BekendeRegio bekendeRegio,
      RegioToegang regioToegang) {
    this.vragen = vragen;
    this.start = start;
    this.bekendeRegio = bekendeRegio;
    this.regioToegang = regioToegang;
  }

  record VacatureVerzoek(
      @Schema(description = "Functie", example = "Verzorgende IG") @NotBlank(message = "ontbreekt") String functie,
      @Schema(description = "Aantal personen (1..1000)") @NotNull(message = "ontbreekt") Integer aantal,
      @Schema(description = "Uren per week (1..60)") @NotNull(message = "ontbreekt") Integer urenPerWeek,
      @Schema(description = "Gewenste startdatum") LocalDate startdatum,
      @Schema(description = "Eisen: diploma's, certificaten, rijbewijs") String eisen,
      @Schema(description = "Leerbaan of BBL mogelijk") boolean leerbaanBbl,
      @Schema(description = "Jobcarving mogelijk") boolean jobcarving,
      @Schema(description = "Plaats voor de banenafspraak") boolean banenafspraak) {
  }

  record WerkgeversvraagVerzoek(
      @Schema(description = "KvK-nummer: acht cijfers", example = "12345678") @NotBlank(message = "ontbreekt") String kvkNummer,
      @Schema(description = "Naam van de werkgever") String werkgeverNaam,
      @Schema(description = "Code van de arbeidsmarktregio", example = "AMR15") @NotBlank(message = "ontbreekt") String regio,
      @Schema(description = "Sector", example = "ZORG") @NotBlank(message = "ontbreekt") String sector,
      @Schema(description = "Een of meer vacatures") @NotEmpty(message = "ten minste één vacature")
      List<@Valid @NotNull(message = "ontbreekt") VacatureVerzoek> vacatures) {
  }

  record WerkgeversvraagAntwoord(@Schema(description = "De werkgeversvraag") UUID werkgeversvraagId) {
  }

  record OpenVacature(UUID vacatureId, UUID werkgeversvraagId, String werkgever, String sector, String functie,
      int aantal, int open, int urenPerWeek, LocalDate startdatum, boolean leerbaanBbl, boolean jobcarving,
      boolean banenafspraak, boolean ontwikkelpad) {
  }

  @PostMapping("/api/werkgeversvragen")
  @Operation(summary = "An employer's question for people",
      description = "Starts the werkgeversvraag process (201). For the region's werkgeversadviseurs and the "
          + "sociale partners' system.")
  @ApiResponse(responseCode = "201", description = "The question was taken; Location points at it",
      headers = @Header(name = "Location", description = "/api/werkgeversvragen/{id}"),
      content = @Content(schema = @Schema(implementation = WerkgeversvraagAntwoord.class)))
  @Weigeringen({400, 403})
  ResponseEntity<WerkgeversvraagAntwoord> indienen(@Valid @RequestBody WerkgeversvraagVerzoek verzoek,
      Authentication caller) {
    String kvkFout = KvkNummer.fout(verzoek.kvkNummer());
    if (kvkFout != null) {
      throw new OngeldigVerzoekException("kvkNummer", "kvkNummer: " + kvkFout);
    }
    bekendeRegio.controleer(verzoek.regio());
    regioToegang.magWerkgeversvraagIndienen(caller, verzoek.regio());
    List<VacatureGegevens> vacatures = verzoek.vacatures().stream().map(v -> new VacatureGegevens(v.functie(),
        v.aantal(), v.urenPerWeek(), v.startdatum(), v.eisen(), v.leerbaanBbl(), v.jobcarving(), v.banenafspraak()))
        .toList();
    vragen.valideer(verzoek.kvkNummer(), verzoek.werkgeverNaam(), verzoek.regio(), verzoek.sector(), vacatures);
    UUID id = start.start(verzoek.kvkNummer(), verzoek.werkgeverNaam(), verzoek.regio(), verzoek.sector(), vacatures,
        isPartner(caller) ? Kanaal.SOCIALE_PARTNERS : Kanaal.WERKCENTRUM);
    var location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/werkgeversvragen/{id}").buildAndExpand(id).toUri();
    return ResponseEntity.created(location).body(new WerkgeversvraagAntwoord(id));
  }

  @GetMapping("/api/regios/{regio}/vacatures")
  @Operation(summary = "The region's employers' vacancies that still need people",
      description = "For the vacancy matching of the trajectories (the sociale partners' system) and the region's "
          + "caseworkers.")
  @Weigeringen({400, 403})
  List<OpenVacature> openVacatures(@PathVariable String regio, Authentication caller) {
    bekendeRegio.controleer(regio);
    regioToegang.magVacaturesLezen(caller, regio);
    return vragen.openVacatures(regio).stream().map(this::openVacature).toList();
  }

  private OpenVacature openVacature(Vacature v) {
    Werkgeversvraag vraag = vragen.vereist(v.getWerkgeversvraagId());
    return new OpenVacature(v.getId(), vraag.getId(),
        vraag.getWerkgeverNaam() == null ? "KvK " + vraag.getKvkNummer() : vraag.getWerkgeverNaam(),
        vraag.getSector().name(), v.getFunctie(), v.getAantal(), v.getAantal() - v.getVervuld(), v.getUrenPerWeek(),
        v.getStartdatum(), v.isLeerbaanBbl(), v.isJobcarving(), v.isBanenafspraak(), v.isOntwikkelpad());
  }

  private static boolean isPartner(Authentication caller) {
    return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(groep -> Contract.werkcentrum().partnerVanGroep(groep).isPresent());
  }
}
