package nl.werkcentrum.app.security;

import java.util.List;

/**
 * The Camunda groups of the Werkcentrum. Caseworkers' groups are per role and region, because
 * user tasks get their candidate group from the trajectory's region (e.g. {@code gids-AMR15});
 * the engine grants each candidate group access to its own tasks and to nothing else.
 */
public final class WerkcentrumRoles {

  /** Every caseworker is also in this group, which holds what all of them may do. */
  public static final String MEDEWERKERS = "werkcentrum-medewerkers";

  /** Camunda's administrators' group. */
  public static final String ADMIN = "camunda-admin";

  /** The role that welcomes people at the desk and starts walk-in sign-ups. */
  public static final String GIDS = "gids";

  /** Roles per region, the prefix of the region group ids. */
  public static final List<String> REGIONAL_ROLES = List.of(
      "gids", "coordinator", "budgethouder",
      "consulent-uwv", "consulent-gemeente", "consulent-sociale-partners", "werkgeversadviseur");

  /** The role that serves employers (werkgeversdienstverlening): records and works their questions. */
  public static final String WERKGEVERSADVISEUR = "werkgeversadviseur";

  /** The partners' systems, each polling its own topics. */
  public static final List<String> PARTNER_WORKERS = List.of(
      "worker-uwv", "worker-gemeente", "worker-roc", "worker-sociale-partners");

  /**
   * Any group of a partner's system. Its users authenticate without Camunda's per-user lockout
   * (CamundaIdentityAuthenticationProvider), so only systems belong in such a group, never people.
   */
  public static boolean isPartnerSysteem(String groupId) {
    return groupId.startsWith("worker-");
  }

  /** Operations staff: may read the application's metrics and other non-public actuator endpoints. */
  public static final String BEHEER_OPERATIONS = "beheer-operations";

  /**
   * The privacy officer: answers a person's inzageverzoek (/api/inzageverzoeken), and nothing else;
   * an administrator is not one unless made a member.
   */
  public static final String PRIVACY_OFFICER = "privacy-officer";

  /**
   * A region's process owners ({@code procesbeheerder-AMRnn}): deploy models for their region's tenant
   * only and migrate their region's trajectories; they see no person's data.
   */
  public static final String PROCESBEHEERDER = "procesbeheerder";

  /** The national process owners: deploy the shared (national) models, migrate every region's trajectories. */
  public static final String PROCESBEHEERDER_LANDELIJK = "procesbeheerder-landelijk";

  public static boolean isProcesbeheerder(String groupId) {
    return groupId.startsWith(PROCESBEHEERDER + "-");
  }

  public static final String TRAJECT = "werkcentrum-traject";
  public static final String BUDGET_GOEDKEURING = "ontschot-budget-goedkeuring";
  public static final String WERKGEVERSVRAAG = "werkgeversvraag";
  /** A question at the desk without a trajectory (the gids's advice); no partner works in it. */
  public static final String VRAAG_AAN_DE_BALIE = "vraag-aan-de-balie";
  /** A werkende whose job is at risk: loopbaanadvies and scholing by the sociale partners. */
  public static final String VAN_WERK_NAAR_WERK = "van-werk-naar-werk";

  /** The processes caseworkers and partner systems work in. */
  public static final List<String> PROCESS_KEYS = List.of(TRAJECT, BUDGET_GOEDKEURING, WERKGEVERSVRAAG,
      VAN_WERK_NAAR_WERK);

  private WerkcentrumRoles() {
  }

  public static String regionGroup(String role, String regio) {
    return role + "-" + regio;
  }
}
