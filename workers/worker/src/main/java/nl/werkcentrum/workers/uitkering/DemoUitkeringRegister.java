package nl.werkcentrum.workers.uitkering;

import nl.werkcentrum.workers.common.DemoData;
import org.springframework.core.io.Resource;

import java.util.Map;
import java.util.stream.Collectors;

/** Benefit registrations from a data file (columns {@code bsn,uitkering}); anybody else has none. */
public class DemoUitkeringRegister implements UitkeringRegister {

  private final Map<String, String> uitkeringen;

  public DemoUitkeringRegister(Resource registraties) {
    this.uitkeringen = DemoData.read(registraties).stream()
        .collect(Collectors.toUnmodifiableMap(r -> r.get("bsn"), r -> r.get("uitkering")));
  }

  @Override
  public String uitkeringVan(String bsn) {
    return uitkeringen.getOrDefault(bsn, "GEEN");
  }
}
