package nl.werkcentrum.app.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One person's route to work in one region, linked to its process instance. While it runs,
 * {@code actiefWerkzoekendeId} holds the person's id, and the database allows only one such row.
 */
@Entity
@Table(name = "wc_traject")
public class Traject {

  @Id
  private UUID id;

  /** Null once the retention job took the trajectory's personal data away (privacy.Bewaartermijn). */
  @Column(name = "werkzoekende_id")
  private UUID werkzoekendeId;

  @Column(name = "actief_werkzoekende_id", unique = true)
  private UUID actiefWerkzoekendeId;

  @Column(nullable = false)
  private String regio;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kanaal kanaal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TrajectStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Fase fase;

  @Column(name = "fase_sinds", nullable = false)
  private OffsetDateTime faseSinds;

  private String regiepartner;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "aangemeld_op", nullable = false)
  private OffsetDateTime aangemeldOp;

  @Column(name = "beeindigd_op")
  private OffsetDateTime beeindigdOp;

  private String beeindigingsreden;

  @Version
  private long versie;

  protected Traject() {
  }

  public Traject(UUID id, UUID werkzoekendeId, String regio, Kanaal kanaal, String processInstanceId,
      OffsetDateTime aangemeldOp) {
    this.id = id;
    this.werkzoekendeId = werkzoekendeId;
    this.actiefWerkzoekendeId = werkzoekendeId;
    this.regio = regio;
    this.kanaal = kanaal;
    this.processInstanceId = processInstanceId;
    this.status = TrajectStatus.ACTIEF;
    this.fase = Fase.AANMELDING;
    this.aangemeldOp = aangemeldOp;
    this.faseSinds = aangemeldOp;
  }

  public void naarFase(Fase nieuweFase, OffsetDateTime sinds) {
    this.fase = nieuweFase;
    this.faseSinds = sinds;
  }

  /** Ends the trajectory; the person may then start a new one. */
  public void afsluiten(TrajectStatus eindstatus, String reden, OffsetDateTime op) {
    this.status = eindstatus;
    this.beeindigingsreden = reden;
    this.beeindigdOp = op;
    this.actiefWerkzoekendeId = null;
  }

  public void setRegiepartner(String regiepartner) {
    this.regiepartner = regiepartner;
  }

  public boolean isActief() {
    return status == TrajectStatus.ACTIEF;
  }

  /**
   * The short number caseworkers use to tell trajectories apart on screen and on the phone; never
   * a key (the id is), and it carries nothing of the person.
   */
  public String getNummer() {
    return nummer(id);
  }

  public static String nummer(UUID trajectId) {
    return "T-" + trajectId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  public UUID getId() {
    return id;
  }

  public UUID getWerkzoekendeId() {
    return werkzoekendeId;
  }

  public String getRegio() {
    return regio;
  }

  public Kanaal getKanaal() {
    return kanaal;
  }

  public TrajectStatus getStatus() {
    return status;
  }

  public Fase getFase() {
    return fase;
  }

  public OffsetDateTime getFaseSinds() {
    return faseSinds;
  }

  public String getRegiepartner() {
    return regiepartner;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public OffsetDateTime getAangemeldOp() {
    return aangemeldOp;
  }

  public OffsetDateTime getBeeindigdOp() {
    return beeindigdOp;
  }

  public String getBeeindigingsreden() {
    return beeindigingsreden;
  }
}
