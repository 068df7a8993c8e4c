package nl.werkcentrum.app.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Checks a partner system's password the way Camunda's own database identity provider does,
 * but without its failed-attempt count and lock. {@code IdentityService.checkPassword} locks a
 * user after a single wrong password (loginDelayBase, growing to loginDelayMaxTime), so anyone
 * who knows a worker's user id could keep that partner's system out; the public API offers no
 * check that leaves the count alone, hence the engine internals here, and only here.
 * {@link InlogRem} does the slowing down for these users instead.
 */
@Component
class PartnerWachtwoord {

  private final IdentityService identityService;
  private final ProcessEngine engine;

  PartnerWachtwoord(IdentityService identityService, ProcessEngine engine) {
    this.identityService = identityService;
    this.engine = engine;
  }

  boolean klopt(String userId, String wachtwoord) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (!(user instanceof UserEntity opgeslagen)) {
      // another identity provider (LDAP, ...) keeps no hash here: only it can check, lockout and all
      return user != null && identityService.checkPassword(userId, wachtwoord);
    }
    var configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuratie.getPasswordManager().check(
        EncryptionUtil.saltPassword(wachtwoord, opgeslagen.getSalt()), opgeslagen.getPassword());
  }
}
