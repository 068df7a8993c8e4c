package nl.werkcentrum.app.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Demo only: a user for every role in two regions, one per partner system, one for
 * operations and process owners (AMR15, AMR24, national), all with the
 * password from {@code werkcentrum.demo.password} (README lists them). Production runs without
 * the demo profile and creates no users at all.
 */
@Component
@Profile("demo")
@Order(2)
public class DemoUsers implements ApplicationRunner {

  static final List<String> REGIONS = List.of("AMR15", "AMR24");

  private final IdentityService identityService;
  private final String password;

  public DemoUsers(IdentityService identityService,
      @Value("${werkcentrum.demo.password:demo}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String regio : REGIONS) {
      String suffix = "." + regio.toLowerCase();
      caseworker("gids" + suffix, "Gids", regio, "gids");
      caseworker("coordinator" + suffix, "Coördinator", regio, "coordinator");
      caseworker("consulent.uwv" + suffix, "Consulent UWV", regio, "consulent-uwv");
      caseworker("consulent.gemeente" + suffix, "Consulent gemeente", regio, "consulent-gemeente");
      caseworker("consulent.sp" + suffix, "Consulent sociale partners", regio,
          "consulent-sociale-partners");
      // two budget holders per region, so the four-eyes approval can be done
      caseworker("budgethouder1" + suffix, "Budgethouder 1", regio, "budgethouder");
      caseworker("budgethouder2" + suffix, "Budgethouder 2", regio, "budgethouder");
      caseworker("werkgeversadviseur" + suffix, "Werkgeversadviseur", regio, WerkcentrumRoles.WERKGEVERSADVISEUR);
    }
    for (String regio : REGIONS) {
      user("procesbeheerder." + regio.toLowerCase(), "Procesbeheerder", regio);
      membership("procesbeheerder." + regio.toLowerCase(),
          WerkcentrumRoles.regionGroup(WerkcentrumRoles.PROCESBEHEERDER, regio));
    }
    user("procesbeheerder.landelijk", "Procesbeheerder", "landelijk");
    membership("procesbeheerder.landelijk", WerkcentrumRoles.PROCESBEHEERDER_LANDELIJK);
    user("beheer.operations", "Beheer", "Operations");
    membership("beheer.operations", WerkcentrumRoles.BEHEER_OPERATIONS);
    user("privacy.officer", "Privacy", "Officer");
    membership("privacy.officer", WerkcentrumRoles.PRIVACY_OFFICER);
    for (String worker : WerkcentrumRoles.PARTNER_WORKERS) {
      user(worker, "Systeem", worker.substring("worker-".length()));
      membership(worker, worker);
    }
  }

  private void caseworker(String userId, String firstName, String regio, String role) {
    user(userId, firstName, regio);
    membership(userId, WerkcentrumRoles.regionGroup(role, regio));
    membership(userId, WerkcentrumRoles.MEDEWERKERS);
  }

  private void user(String id, String firstName, String lastName) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@werkcentrum.example");
      user.setPassword(password);
      identityService.saveUser(user);
    }
  }

  private void membership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
