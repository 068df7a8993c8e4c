package nl.werkcentrum.app.security;

import nl.werkcentrum.app.traject.TrajectRepository;
import nl.werkcentrum.app.verloop.ScholingRepository;
import nl.werkcentrum.contract.Contract;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** The roles a partner has in a trajectory, from our own records of it. */
@Component
class TrajectRollen {

  private final TrajectRepository trajecten;
  private final ScholingRepository scholingen;

  TrajectRollen(TrajectRepository trajecten, ScholingRepository scholingen) {
    this.trajecten = trajecten;
    this.scholingen = scholingen;
  }

  @Transactional(readOnly = true)
  boolean heeftRol(String partner, Contract.Rol rol, UUID trajectId) {
    return switch (rol) {
      case REGIEPARTNER -> trajecten.findById(trajectId).map(t -> partner.equals(t.getRegiepartner())).orElse(false);
      // the ROC is the only partner that enrols; a course recorded for the trajectory is its role
      case INGESCHREVEN -> "roc".equals(partner) && !scholingen.findByTrajectId(trajectId).isEmpty();
    };
  }
}
