package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.werkcentrum.app.persoon.Bsn;
import nl.werkcentrum.app.privacy.InzageService;
import nl.werkcentrum.app.privacy.Verwerker;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A person's request to see their data (GDPR art. 15), answered by the privacy officer. A POST with
 * the BSN in the body, not a GET, so the BSN never lands in an access log or a URL.
 */
@RestController
@RequestMapping("/api/inzageverzoeken")
class InzageController {

  private final InzageService inzage;

  InzageController(InzageService inzage) {
    this.inzage = inzage;
  }

  record InzageVerzoek(
      @Schema(description = "Burgerservicenummer van de persoon die om inzage vraagt") String bsn) {
  }

  @PostMapping
  @Operation(summary = "Everything we hold about one person, with the processing log of their data",
      description = "For the privacy officer only. Sign-ups, trajectories with their phases, intake, werkplan "
          + "versions, referrals, courses, placements and budget bookings, and every logged read or change of "
          + "the person's data; this request is logged too. `bekend` is false for a person we do not know.")
  @ApiResponse(responseCode = "200", description = "The person's data and processing log")
  @Weigeringen({400, 403})
  Map<String, Object> inzage(@RequestBody InzageVerzoek verzoek, Authentication caller) {
    return inzage.inzage(bsn(verzoek, caller), Verwerker.van(caller));
  }

  @PostMapping("/csv")
  @Operation(summary = "The same inzage as CSV for the person (semicolons, UTF-8, for Excel)",
      description = "One line per value, named by its place in the JSON document; logged as an export.")
  @ApiResponse(responseCode = "200", description = "The person's data and processing log as CSV",
      content = @Content(mediaType = "text/csv"))
  @Weigeringen({400, 403})
  ResponseEntity<String> inzageAlsCsv(@RequestBody InzageVerzoek verzoek, Authentication caller) {
    String csv = inzage.inzageAlsCsv(bsn(verzoek, caller), Verwerker.van(caller));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inzage.csv\"")
        // the byte order mark makes Excel read the file as UTF-8
        .body("\uFEFF" + csv);
  }

  private static Bsn bsn(InzageVerzoek verzoek, Authentication caller) {
    // who may ask comes first: anyone else learns nothing, not even whether the BSN is valid
    if (caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .noneMatch(WerkcentrumRoles.PRIVACY_OFFICER::equals)) {
      throw new AccessDeniedException("Alleen de privacy officer behandelt inzageverzoeken");
    }
    if (verzoek == null || !Bsn.isValid(verzoek.bsn())) {
      throw new OngeldigVerzoekException("bsn", "bsn: geen geldig BSN (negen cijfers die de 11-proef doorstaan)");
    }
    return Bsn.of(verzoek.bsn());
  }
}
