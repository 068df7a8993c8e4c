package nl.werkcentrum.app.werkgever;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.werkcentrum.app.intake.Sector;
import nl.werkcentrum.app.traject.Kanaal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An employer's question for people: the process instance's business key is its id. */
@Entity
@Table(name = "wc_werkgeversvraag")
public class Werkgeversvraag {

  @Id
  private UUID id;

  @Column(name = "kvk_nummer", nullable = false)
  private String kvkNummer;

  @Column(name = "werkgever_naam")
  private String werkgeverNaam;

  @Column(nullable = false)
  private String regio;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sector sector;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kanaal kanaal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WerkgeversvraagStatus status;

  @Enumerated(EnumType.STRING)
  private Uitkomst uitkomst;

  @Enumerated(EnumType.STRING)
  private Afsluitreden afsluitreden;

  private String kwalificatie;

  private String toelichting;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "ontvangen_op", nullable = false)
  private OffsetDateTime ontvangenOp;

  @Column(name = "afgesloten_op")
  private OffsetDateTime afgeslotenOp;

  @Version
  private long versie;

  protected Werkgeversvraag() {
  }

  Werkgeversvraag(UUID id, String kvkNummer, String werkgeverNaam, String regio, Sector sector, Kanaal kanaal,
      String processInstanceId, OffsetDateTime ontvangenOp) {
    this.id = id;
    this.kvkNummer = kvkNummer;
    this.werkgeverNaam = werkgeverNaam;
    this.regio = regio;
    this.sector = sector;
    this.kanaal = kanaal;
    this.processInstanceId = processInstanceId;
    this.ontvangenOp = ontvangenOp;
    this.status = WerkgeversvraagStatus.OPEN;
  }

  void gekwalificeerd(String notitie) {
    this.kwalificatie = notitie;
  }

  void toelichten(String tekst) {
    this.toelichting = tekst;
  }

  void afsluiten(Uitkomst uitkomst, Afsluitreden reden, String toelichting, OffsetDateTime op) {
    this.status = WerkgeversvraagStatus.AFGESLOTEN;
    this.uitkomst = uitkomst;
    this.afsluitreden = reden;
    if (toelichting != null) {
      this.toelichting = toelichting;
    }
    this.afgeslotenOp = op;
  }

  public UUID getId() {
    return id;
  }

  public String getKvkNummer() {
    return kvkNummer;
  }

  public String getWerkgeverNaam() {
    return werkgeverNaam;
  }

  public String getRegio() {
    return regio;
  }

  public Sector getSector() {
    return sector;
  }

  public Kanaal getKanaal() {
    return kanaal;
  }

  public WerkgeversvraagStatus getStatus() {
    return status;
  }

  public Uitkomst getUitkomst() {
    return uitkomst;
  }

  public Afsluitreden getAfsluitreden() {
    return afsluitreden;
  }

  public String getKwalificatie() {
    return kwalificatie;
  }

  public OffsetDateTime getOntvangenOp() {
    return ontvangenOp;
  }

  /** The short number caseworkers see ("W-1A2B3C4D"), like a trajectory's. */
  public static String nummer(UUID id) {
    return "W-" + id.toString().substring(0, 8).toUpperCase();
  }
}
