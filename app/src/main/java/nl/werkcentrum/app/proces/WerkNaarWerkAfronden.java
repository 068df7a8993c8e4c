package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werknaarwerk.WerkNaarWerkService;
import nl.werkcentrum.app.werknaarwerk.WerkNaarWerkUitkomst;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records how the route ended (input parameter {@code werkNaarWerkUitkomst}); the trajectory is closed next. */
@Component("werkNaarWerkAfronden")
public class WerkNaarWerkAfronden implements JavaDelegate {

  private final WerkNaarWerkService routes;

  public WerkNaarWerkAfronden(WerkNaarWerkService routes) {
    this.routes = routes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WerkNaarWerkUitkomst uitkomst = WerkNaarWerkUitkomst.valueOf((String) execution.getVariable("werkNaarWerkUitkomst"));
    TrajectSleutel.van(execution).ifPresent(trajectId -> routes.afronden(trajectId, uitkomst));
  }
}
