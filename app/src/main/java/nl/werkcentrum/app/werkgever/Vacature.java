package nl.werkcentrum.app.werkgever;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.werkcentrum.app.opslag.ToegewezenId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One vacancy of an employer's question: how many people, for what, from when. */
@Entity
@Table(name = "wc_vacature")
public class Vacature extends ToegewezenId {

  @Id
  private UUID id;

  @Column(name = "werkgeversvraag_id", nullable = false)
  private UUID werkgeversvraagId;

  @Column(nullable = false)
  private int volgnummer;

  @Column(nullable = false)
  private String functie;

  @Column(nullable = false)
  private int aantal;

  @Column(name = "uren_per_week", nullable = false)
  private int urenPerWeek;

  private LocalDate startdatum;

  private String eisen;

  @Column(name = "leerbaan_bbl", nullable = false)
  private boolean leerbaanBbl;

  @Column(nullable = false)
  private boolean jobcarving;

  @Column(nullable = false)
  private boolean banenafspraak;

  @Column(nullable = false)
  private boolean ontwikkelpad;

  @Column(nullable = false)
  private int vervuld;

  @Column(name = "laatst_vervuld_op")
  private OffsetDateTime laatstVervuldOp;

  protected Vacature() {
  }

  Vacature(UUID werkgeversvraagId, int volgnummer, VacatureGegevens gegevens) {
    this.id = UUID.randomUUID();
    this.werkgeversvraagId = werkgeversvraagId;
    this.volgnummer = volgnummer;
    this.functie = gegevens.functie();
    this.aantal = gegevens.aantal();
    this.urenPerWeek = gegevens.urenPerWeek();
    this.startdatum = gegevens.startdatum();
    this.eisen = gegevens.eisen();
    this.leerbaanBbl = gegevens.leerbaanBbl();
    this.jobcarving = gegevens.jobcarving();
    this.banenafspraak = gegevens.banenafspraak();
  }

  void eenAangenomen(OffsetDateTime op) {
    this.vervuld++;
    this.laatstVervuldOp = op;
  }

  void naarOntwikkelpad() {
    this.ontwikkelpad = true;
  }

  public boolean isOpen() {
    return vervuld < aantal;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID getWerkgeversvraagId() {
    return werkgeversvraagId;
  }

  public String getFunctie() {
    return functie;
  }

  public int getAantal() {
    return aantal;
  }

  public int getUrenPerWeek() {
    return urenPerWeek;
  }

  public LocalDate getStartdatum() {
    return startdatum;
  }

  public String getEisen() {
    return eisen;
  }

  public boolean isLeerbaanBbl() {
    return leerbaanBbl;
  }

  public boolean isJobcarving() {
    return jobcarving;
  }

  public boolean isBanenafspraak() {
    return banenafspraak;
  }

  public boolean isOntwikkelpad() {
    return ontwikkelpad;
  }

  public int getVervuld() {
    return vervuld;
  }

  /** One line for a form: function, people, hours, start and the flags that matter for matching. */
  public String omschrijving() {
    StringBuilder tekst = new StringBuilder(functie).append(" · ").append(aantal).append(aantal == 1 ? " persoon" : " personen")
        .append(" · ").append(urenPerWeek).append(" uur/week");
    if (startdatum != null) {
      tekst.append(" · vanaf ").append(startdatum);
    }
    if (leerbaanBbl) {
      tekst.append(" · leerbaan/BBL mogelijk");
    }
    if (jobcarving) {
      tekst.append(" · jobcarving");
    }
    if (banenafspraak) {
      tekst.append(" · banenafspraakplaats");
    }
    if (eisen != null && !eisen.isBlank()) {
      tekst.append(" · eisen: ").append(eisen);
    }
    return tekst.toString();
  }
}
