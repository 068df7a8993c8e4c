package nl.werkcentrum.app.werkgever;

import nl.werkcentrum.app.privacy.Handeling;
import nl.werkcentrum.app.privacy.Verwerker;
import nl.werkcentrum.app.privacy.Verwerkingenlog;
import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import nl.werkcentrum.app.traject.Kanaal;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps an employer's question, its vacancies and the candidates proposed for them. */
@Service
@Transactional
public class WerkgeversvraagService {

  /** How many candidates the werkgeversadviseur is shown at once. */
  static final int MAX_KANDIDATEN = 20;

  private final WerkgeversvraagRepository vragen;
  private final VacatureRepository vacatures;
  private final VoordrachtRepository voordrachten;
  private final Kandidaten kandidaten;
  private final ArbeidsmarktregioRepository regios;
  private final Verwerkingenlog verwerkingen;
  private final IdentityService identityService;
  private final Clock clock;

  public WerkgeversvraagService(WerkgeversvraagRepository vragen, VacatureRepository vacatures,
      VoordrachtRepository voordrachten, Kandidaten kandidaten, ArbeidsmarktregioRepository regios,
      Verwerkingenlog verwerkingen, IdentityService identityService, Clock clock) {
    this.vragen = vragen;
    this.vacatures = vacatures;
    this.voordrachten = voordrachten;
    this.kandidaten = kandidaten;
    this.regios = regios;
    this.verwerkingen = verwerkingen;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** Refuses what could not be stored, with the field and the Dutch reason; writes nothing. */
  @Transactional(readOnly = true)
  public void valideer(String kvkNummer, String werkgeverNaam, String regio, String sector,
      List<VacatureGegevens> vacatureGegevens) {
    if (regio == null || !regios.existsById(regio)) {
      throw new OngeldigeWerkgeversvraagException("regio", "Onbekende arbeidsmarktregio: " + regio);
    }
    WerkgeversvraagInvoer.controleer(kvkNummer, werkgeverNaam, sector, vacatureGegevens);
  }

  public Werkgeversvraag registreer(UUID id, String kvkNummer, String werkgeverNaam, String regio, String sector,
      Kanaal kanaal, List<VacatureGegevens> vacatureGegevens, String processInstanceId) {
    valideer(kvkNummer, werkgeverNaam, regio, sector, vacatureGegevens);
    Werkgeversvraag vraag = vragen.save(new Werkgeversvraag(id, kvkNummer, leegIsNull(werkgeverNaam), regio,
        WerkgeversvraagInvoer.sector(sector), kanaal, processInstanceId, nu()));
    for (int i = 0; i < vacatureGegevens.size(); i++) {
      vacatures.save(new Vacature(id, i + 1, vacatureGegevens.get(i)));
    }
    return vraag;
  }

  @Transactional(readOnly = true)
  public Optional<Werkgeversvraag> vraag(UUID id) {
    return vragen.findById(id);
  }

  public Werkgeversvraag vereist(UUID id) {
    return vragen.findById(id).orElseThrow(() -> new IllegalStateException("Geen werkgeversvraag " + id));
  }

  public void gekwalificeerd(UUID id, String notitie) {
    vereist(id).gekwalificeerd(notitie);
  }

  public void toelichten(UUID id, String tekst) {
    vereist(id).toelichten(tekst);
  }

  @Transactional(readOnly = true)
  public List<Vacature> vacatures(UUID vraagId) {
    return vacatures.findByWerkgeversvraagIdOrderByVolgnummer(vraagId);
  }

  /** The first vacancy of the question that still needs people. */
  @Transactional(readOnly = true)
  public Optional<Vacature> eersteOpen(UUID vraagId) {
    return vacatures(vraagId).stream().filter(Vacature::isOpen).findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<Vacature> vacature(UUID id) {
    return vacatures.findById(id);
  }

  @Transactional(readOnly = true)
  public List<Kandidaat> kandidaten(UUID vraagId, UUID vacatureId, boolean breed) {
    return kandidaten.voor(vereist(vraagId), vacatures.findById(vacatureId).orElseThrow(), breed,
        LocalDate.now(clock), MAX_KANDIDATEN);
  }

  /** Proposes the trajectory; its consulent will ask the person (processing of their data: logged). */
  public Voordracht voordragen(UUID vacatureId, UUID trajectId, String door) {
    Voordracht voordracht = voordrachten.save(new Voordracht(vacatureId, trajectId, door, nu()));
    verwerkingen.traject(Handeling.WIJZIGEN, trajectId, "voordracht (werkgever, vacature)",
        "Werkgeversvraag: kandidaat voordragen", Verwerker.vanEngine(identityService));
    return voordracht;
  }

  /** The proposal the trajectory's consulent is asked about now. */
  @Transactional(readOnly = true)
  public Optional<Voordracht> openVoordracht(UUID trajectId) {
    return voordrachten.findFirstByTrajectIdAndStatusOrderByVoorgedragenOpDesc(trajectId, VoordrachtStatus.VOORGEDRAGEN);
  }

  @Transactional(readOnly = true)
  public Optional<Voordracht> voordracht(UUID id) {
    return voordrachten.findById(id);
  }

  public void instemming(Voordracht voordracht, boolean akkoord) {
    Voordracht huidig = voordrachten.findById(voordracht.getId()).orElseThrow();
    huidig.beantwoord(akkoord ? VoordrachtStatus.INGESTEMD : VoordrachtStatus.GEWEIGERD, null, nu());
    verwerkingen.traject(Handeling.WIJZIGEN, huidig.getTrajectId(), "voordracht (instemming)",
        "Werkgeversvraag: instemming van de kandidaat", Verwerker.vanEngine(identityService));
  }

  /** The employer's answer; a hire fills one place of the vacancy. */
  public void werkgeverAntwoord(UUID voordrachtId, boolean aangenomen, LocalDate startdatum) {
    Voordracht voordracht = voordrachten.findById(voordrachtId).orElseThrow();
    voordracht.beantwoord(aangenomen ? VoordrachtStatus.AANGENOMEN : VoordrachtStatus.AFGEWEZEN, startdatum, nu());
    if (aangenomen) {
      vacatures.findById(voordracht.getVacatureId()).orElseThrow().eenAangenomen(nu());
    }
    verwerkingen.traject(Handeling.WIJZIGEN, voordracht.getTrajectId(), "voordracht (antwoord werkgever)",
        "Werkgeversvraag: antwoord van de werkgever", Verwerker.vanEngine(identityService));
  }

  /**
   * A placement on one of our employers' vacancies that the vacancy matching offered (the sociale
   * partners' worker reads them from our API): it fills a place as a hire through the question does,
   * recorded as a proposal AANGENOMEN so the report counts it. A hire through the question itself was
   * counted already. Any other vacancy id is the partner's own and is left alone.
   */
  public void geplaatstOpVacature(String vacatureId, UUID trajectId, LocalDate startdatum) {
    UUID id;
    try {
      id = vacatureId == null ? null : UUID.fromString(vacatureId);
    } catch (IllegalArgumentException vanDePartner) {
      return;
    }
    if (id == null || voordrachten.existsByVacatureIdAndTrajectIdAndStatus(id, trajectId, VoordrachtStatus.AANGENOMEN)) {
      return;
    }
    vacatures.findById(id).ifPresent(vacature -> {
      Voordracht voordracht = new Voordracht(id, trajectId, "vacaturematching", nu());
      voordracht.beantwoord(VoordrachtStatus.AANGENOMEN, startdatum, nu());
      voordrachten.save(voordracht);
      vacature.eenAangenomen(nu());
    });
  }

  /** No candidate: the open vacancies wait for someone trained for them (the Ontwikkelpaden). */
  public void ontwikkelpad(UUID vraagId, String toelichting) {
    vacatures(vraagId).stream().filter(Vacature::isOpen).forEach(v -> vacatures.findById(v.getId()).orElseThrow()
        .naarOntwikkelpad());
    vereist(vraagId).afsluiten(Uitkomst.ONTWIKKELPAD, null, toelichting, nu());
  }

  public void afsluiten(UUID vraagId, Uitkomst uitkomst, Afsluitreden reden, String toelichting) {
    vereist(vraagId).afsluiten(uitkomst, reden, toelichting, nu());
  }

  /** The region's vacancies that still need people, for the vacancy matching of the trajectories. */
  @Transactional(readOnly = true)
  public List<Vacature> openVacatures(String regio) {
    return vacatures.openVacaturesVan(regio);
  }

  private static String leegIsNull(String tekst) {
    return tekst == null || tekst.isBlank() ? null : tekst.trim();
  }

  private OffsetDateTime nu() {
    return OffsetDateTime.now(clock);
  }
}
