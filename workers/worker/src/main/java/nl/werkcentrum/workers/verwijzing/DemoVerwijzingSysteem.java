package nl.werkcentrum.workers.verwijzing;

import nl.werkcentrum.workers.PartnerSettings;
import nl.werkcentrum.workers.common.DemoRegister;

import java.util.Properties;
import java.util.UUID;

/** Keeps referrals in a {@link DemoRegister} keyed on the trajectId. */
public class DemoVerwijzingSysteem implements VerwijzingSysteem {

  private final DemoRegister register;
  private final String prefix;
  private final PartnerSettings settings;

  public DemoVerwijzingSysteem(DemoRegister register, String prefix, PartnerSettings settings) {
    this.register = register;
    this.prefix = prefix;
    this.settings = settings;
  }

  @Override
  public String verwijs(String trajectId, Verwijzing verwijzing) {
    Properties record = register.findOrCreate(trajectId, () -> {
      Properties r = new Properties();
      r.setProperty("kenmerk", prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
      r.setProperty("regio", String.valueOf(verwijzing.regio()));
      r.setProperty("sector", String.valueOf(verwijzing.sector()));
      return r;
    });
    settings.simuleerVerwerkingstijd();
    return record.getProperty("kenmerk");
  }
}
