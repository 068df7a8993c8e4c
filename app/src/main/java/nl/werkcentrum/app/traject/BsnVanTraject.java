package nl.werkcentrum.app.traject;

import nl.werkcentrum.app.persoon.Bsn;
import nl.werkcentrum.app.persoon.BsnCrypto;
import nl.werkcentrum.app.persoon.WerkzoekendeRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * The BSN of a trajectory's person, decrypted from {@code wc_werkzoekende}: the only place it is
 * kept. For the few partner tasks that must pass it on (benefit checks, the ROC's enrolment).
 */
@Component
public class BsnVanTraject {

  private final TrajectRepository trajecten;
  private final WerkzoekendeRepository werkzoekenden;
  private final BsnCrypto crypto;

  public BsnVanTraject(TrajectRepository trajecten, WerkzoekendeRepository werkzoekenden, BsnCrypto crypto) {
    this.trajecten = trajecten;
    this.werkzoekenden = werkzoekenden;
    this.crypto = crypto;
  }

  @Transactional(readOnly = true)
  public Bsn bsn(UUID trajectId) {
    Traject traject = trajecten.findById(trajectId).orElseThrow(() -> new TrajectNietGevondenException(trajectId));
    if (traject.getWerkzoekendeId() == null) {
      // past its retention term: the trajectory no longer knows its person
      throw new TrajectNietGevondenException(trajectId);
    }
    return crypto.decrypt(werkzoekenden.findById(traject.getWerkzoekendeId())
        .orElseThrow(() -> new IllegalStateException("Traject " + trajectId + " verwijst naar een onbekende werkzoekende"))
        .getBsnVersleuteld());
  }
}
