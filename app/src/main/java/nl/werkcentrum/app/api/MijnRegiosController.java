package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.werkcentrum.app.regio.Arbeidsmarktregio;
import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import nl.werkcentrum.app.security.RegioToegang;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/** Which regions the caller may see, so a page offers only those instead of asking for a code. */
@RestController
class MijnRegiosController {

  private final ArbeidsmarktregioRepository regios;
  private final RegioToegang toegang;

  MijnRegiosController(ArbeidsmarktregioRepository regios, RegioToegang toegang) {
    this.regios = regios;
    this.toegang = toegang;
  }

  /** The caller's regions, by code; all 35 for the administrator. */
  @GetMapping("/api/mijn-regios")
  @Operation(summary = "The caller's regions",
      description = "The regions of the caller's groups (<role>-AMRnn), with their names; all 35 for an administrator. "
          + "Also answers with the Camunda webapps' login, for the report page.")
  @Weigeringen({})
  MijnRegios mijnRegios(Authentication caller) {
    List<Arbeidsmarktregio> alle = regios.findAll(Sort.by("code"));
    Set<String> leesbaar = toegang.leesbareRegios(caller, alle.stream().map(Arbeidsmarktregio::getCode).toList());
    return new MijnRegios(caller.getName(), alle.stream().filter(r -> leesbaar.contains(r.getCode()))
        .map(r -> new Regio(r.getCode(), r.getNaam(), r.getCbsCode())).toList());
  }

  record MijnRegios(String gebruiker, List<Regio> regios) {
  }

  record Regio(String code, String naam,
      @Schema(description = "CBS's code of the same region (AMnn)", example = "AM18") String cbsCode) {
  }
}
