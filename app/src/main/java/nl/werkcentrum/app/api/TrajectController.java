package nl.werkcentrum.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.werkcentrum.app.privacy.Handeling;
import nl.werkcentrum.app.privacy.Verwerker;
import nl.werkcentrum.app.privacy.Verwerkingenlog;
import nl.werkcentrum.app.security.RegioToegang;
import nl.werkcentrum.app.traject.AanmeldingRepository;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.traject.TrajectService;
import nl.werkcentrum.app.verloop.PlaatsingRepository;
import nl.werkcentrum.app.verloop.ScholingRepository;
import nl.werkcentrum.app.verloop.VerwijzingRepository;
import nl.werkcentrum.app.werkplan.Werkplan;
import nl.werkcentrum.app.werkplan.WerkplanService;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

@RestController
@RequestMapping("/api/trajecten")
class TrajectController {

  private final TrajectService trajecten;
  private final AanmeldingRepository aanmeldingen;
  private final WerkplanService werkplannen;
  private final RegioToegang toegang;
  private final VerwijzingRepository verwijzingen;
  private final ScholingRepository scholingen;
  private final PlaatsingRepository plaatsingen;
  private final Verwerkingenlog verwerkingen;
  private final TransactionTemplate transactie;

  TrajectController(TrajectService trajecten, AanmeldingRepository aanmeldingen,
      WerkplanService werkplannen, RegioToegang toegang, VerwijzingRepository verwijzingen,
      ScholingRepository scholingen, PlaatsingRepository plaatsingen, Verwerkingenlog verwerkingen,
      TransactionTemplate transactie) {
    this.verwerkingen = verwerkingen;
    this.transactie = transactie;
    this.trajecten = trajecten;
    this.aanmeldingen = aanmeldingen;
    this.werkplannen = werkplannen;
    this.toegang = toegang;
    this.verwijzingen = verwijzingen;
    this.scholingen = scholingen;
    this.plaatsingen = plaatsingen;
  }

  record AanmeldingView(String kanaal, OffsetDateTime ontvangenOp, boolean herhaald) {
  }

  record ActiviteitView(int volgnummer, String partner, String omschrijving) {
  }

  record WerkplanView(int versie, boolean scholingNodig, String opleiding, long budgetBedrag,
      String vastgelegdDoor, OffsetDateTime vastgelegdOp, List<ActiviteitView> activiteiten) {
  }

  /** No BSN here: whoever reads a trajectory sees the route, not the person's number. */
  record TrajectView(UUID id, String regio, String kanaal, String status, String fase,
      OffsetDateTime faseSinds, String regiepartner, OffsetDateTime aangemeldOp,
      OffsetDateTime beeindigdOp, String beeindigingsreden, List<AanmeldingView> aanmeldingen,
      List<WerkplanView> werkplanVersies, List<VerwijzingView> verwijzingen,
      List<ScholingView> scholingen, List<PlaatsingView> plaatsingen) {
  }

  record VerwijzingView(String partner, String kenmerk) {
  }

  record ScholingView(String opleiding, String uitkomst, String toelichting) {
  }

  record PlaatsingView(String werkgever, String sector, long besteedBedrag) {
  }

  /** The partners whose activities a werkplan holds, as {@code partner} names them. */
  static final Set<String> PARTNERS = new TreeSet<>(List.of("uwv", "gemeente", "roc", "sociale-partners"));

  /**
   * The trajectory with every werkplan version; with {@code partner}, only that partner's
   * activities are shown.
   */
  @GetMapping("/{id}")
  @Operation(summary = "A trajectory, its sign-ups, werkplan versions, referrals, courses and placement",
      description = "Never the BSN. With `partner`, each werkplan version shows only that partner's "
          + "activities. For the region's caseworkers.")
  @ApiResponse(responseCode = "200", description = "The trajectory")
  @Weigeringen({400, 403, 404})
  TrajectView lees(@Parameter(description = "Id van het traject") @PathVariable UUID id,
      @Parameter(description = "Alleen de activiteiten van deze partner",
          schema = @Schema(allowableValues = {"uwv", "gemeente", "roc", "sociale-partners"}))
      @RequestParam(required = false) String partner, Authentication caller) {
    if (partner != null && !PARTNERS.contains(partner)) {
      throw new OngeldigVerzoekException("partner", "partner: kies uit " + String.join(", ", PARTNERS));
    }
    Traject t = trajecten.vind(id);
    toegang.magLezen(caller, t.getRegio());
    // what is read and its log entry in one transaction: no answer without an entry
    return transactie.execute(status -> {
      String werkplan = partner == null ? "werkplanversies" : "werkplanversies (activiteiten van " + partner + ")";
      verwerkingen.traject(Handeling.LEZEN, id, "traject, aanmeldingen, " + werkplan
          + ", verwijzingen, scholingen, plaatsingen", "Traject inzien (GET /api/trajecten)", Verwerker.van(caller));
      return view(t, partner);
    });
  }

  private TrajectView view(Traject t, String partner) {
    UUID id = t.getId();
    return new TrajectView(t.getId(), t.getRegio(), t.getKanaal().name(), t.getStatus().name(),
        t.getFase().name(), t.getFaseSinds(), t.getRegiepartner(), t.getAangemeldOp(), t.getBeeindigdOp(),
        t.getBeeindigingsreden(),
        aanmeldingen.findByTrajectIdOrderByOntvangenOp(id).stream()
            .map(a -> new AanmeldingView(a.getKanaal().name(), a.getOntvangenOp(), a.isHerhaald()))
            .toList(),
        werkplannen.versies(id).stream().map(w -> view(w, partner)).toList(),
        verwijzingen.findByTrajectId(id).stream()
            .map(v -> new VerwijzingView(v.getPartner(), v.getKenmerk())).toList(),
        scholingen.findByTrajectId(id).stream()
            .map(sc -> new ScholingView(sc.getOpleiding(), sc.getUitkomst().name(), sc.getToelichting())).toList(),
        plaatsingen.findByTrajectId(id).stream()
            .map(pl -> new PlaatsingView(pl.getWerkgever(), pl.getSector(), pl.getBesteedBedrag())).toList());
  }

  private static WerkplanView view(Werkplan w, String partner) {
    return new WerkplanView(w.getVersie(), w.isScholingNodig(), w.getOpleiding(), w.getBudgetBedrag(),
        w.getVastgelegdDoor(), w.getVastgelegdOp(),
        w.getActiviteiten().stream()
            .filter(a -> partner == null || a.getPartner().equals(partner))
            .map(a -> new ActiviteitView(a.getVolgnummer(), a.getPartner(), a.getOmschrijving()))
            .toList());
  }
}
