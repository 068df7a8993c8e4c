package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.werknaarwerk.CollectiefOntslag;
import nl.werkcentrum.app.werknaarwerk.CollectiefOntslagService;
import nl.werkcentrum.app.werknaarwerk.KvkNummer;
import nl.werkcentrum.app.werknaarwerk.OngeldigeRijenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * An employer's collective lay-off ("van werk naar werk" for many employees at once), for the
 * region's coordinators and werkgeversadviseurs, who take it from the employer. Checked whole
 * before anyone is signed up: the employer's KvK-nummer, the region, an ontslagdatum not in the
 * past and every BSN (11-proef, no duplicates); one bad row refuses all, naming the rows.
 */
@RestController
@RequestMapping("/api/collectieve-ontslagen")
class CollectieveOntslagenController {

  static final int MAX_PERSONEN = 1000;
  private static final List<String> ROLLEN = List.of("coordinator", "werkgeversadviseur");

  private final CollectiefOntslagService ontslagen;
  private final ArbeidsmarktregioRepository regios;
  private final Clock clock;

  CollectieveOntslagenController(CollectiefOntslagService ontslagen, ArbeidsmarktregioRepository regios,
      Clock clock) {
    this.ontslagen = ontslagen;
    this.regios = regios;
    this.clock = clock;
  }

  record OntslagVerzoek(
      @Schema(description = "KvK-nummer van de werkgever: acht cijfers", example = "12345678")
      @NotBlank(message = "ontbreekt") String kvkNummer,
      @Schema(description = "Code van de arbeidsmarktregio", example = "AMR15")
      @NotBlank(message = "ontbreekt") String regio,
      @Schema(description = "De dag waarop het werk eindigt (jjjj-mm-dd), niet in het verleden", example = "2027-03-01")
      @NotBlank(message = "ontbreekt") String ontslagdatum,
      @Schema(description = "De BSN's van de werknemers, elk negen cijfers die de 11-proef doorstaan")
      @NotEmpty(message = "ontbreekt") @Size(max = MAX_PERSONEN, message = "hoogstens " + MAX_PERSONEN + " personen per melding")
      List<String> bsns) {
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Announce a collective lay-off: one van-werk-naar-werk route per employee",
      description = "For the region's coordinators and werkgeversadviseurs. All or nothing: one invalid row "
          + "refuses the whole list (400, rows named in 'rijen'). A person with a running trajectory is "
          + "recorded there (herhaald).")
  @ApiResponse(responseCode = "201", description = "Every employee was signed up")
  @Weigeringen({400, 403})
  CollectiefOntslagService.Uitkomst melden(@Valid @RequestBody OntslagVerzoek verzoek, Authentication door) {
    if (!KvkNummer.isGeldig(verzoek.kvkNummer())) {
      throw new OngeldigVerzoekException("kvkNummer", "Geen geldig KvK-nummer (acht cijfers)");
    }
    if (!regios.existsById(verzoek.regio())) {
      throw new OngeldigVerzoekException("regio", "Onbekende arbeidsmarktregio: " + verzoek.regio());
    }
    LocalDate ontslagdatum = datum(verzoek.ontslagdatum());
    magMelden(door, verzoek.regio());
    return ontslagen.aanmelden(new CollectiefOntslag(verzoek.kvkNummer(), verzoek.regio(), ontslagdatum,
        verzoek.bsns()));
  }

  @ExceptionHandler
  ProblemDetail ongeldigeRijen(OngeldigeRijenException e) {
    ProblemDetail problem = Problemen.ongeldig(e.getMessage(), List.of("bsns"));
    problem.setProperty("rijen", e.getRijen());
    return problem;
  }

  private LocalDate datum(String tekst) {
    LocalDate datum;
    try {
      datum = LocalDate.parse(tekst.strip());
    } catch (DateTimeParseException e) {
      throw new OngeldigVerzoekException("ontslagdatum", "ontslagdatum: geen datum (jjjj-mm-dd)");
    }
    if (datum.isBefore(LocalDate.now(clock))) {
      throw new OngeldigVerzoekException("ontslagdatum", "De ontslagdatum ligt in het verleden: meld de mensen "
          + "aan als werkzoekende");
    }
    return datum;
  }

  private static void magMelden(Authentication caller, String regio) {
    List<String> groepen = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    if (!groepen.contains(WerkcentrumRoles.ADMIN)
        && ROLLEN.stream().map(rol -> WerkcentrumRoles.regionGroup(rol, regio)).noneMatch(groepen::contains)) {
      throw new AccessDeniedException("Alleen coördinatoren en werkgeversadviseurs van " + regio
          + " melden een collectief ontslag");
    }
  }
}
