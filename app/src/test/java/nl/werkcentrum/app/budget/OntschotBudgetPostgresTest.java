package nl.werkcentrum.app.budget;

import nl.werkcentrum.app.WerkcentrumApplication;
import nl.werkcentrum.app.support.PostgresDatabase;
import nl.werkcentrum.app.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger under concurrent approvals, on the production database. */
@PostgresTest
@SpringBootTest
class OntschotBudgetPostgresTest {

  static final long BEDRAG = 1_000;

  @Autowired
  OntschotBudget budget;

  String regio;
  int jaar;

  /** A pot of its own per test: the database is shared with earlier runs. */
  @BeforeEach
  void eigenPot() {
    regio = "AMR%02d".formatted(ThreadLocalRandom.current().nextInt(1, 36));
    jaar = ThreadLocalRandom.current().nextInt(3000, 1_000_000);
  }

  @Test
  void fiftyConcurrentReservationsOnAPotForTenGiveExactlyTen() throws Exception {
    budget.storten(regio, jaar, Financier.UWV, 6 * BEDRAG, "test");
    budget.storten(regio, jaar, Financier.GEMEENTE, 4 * BEDRAG, "test");

    List<Reservering> uitkomsten = tegelijk(50, i -> budget);

    assertThat(uitkomsten).filteredOn(Reservering::gelukt).hasSize(10);
    var overzicht = budget.overzicht(regio, jaar);
    assertThat(overzicht.gestort()).isEqualByComparingTo(BigDecimal.valueOf(10 * BEDRAG));
    assertThat(overzicht.gereserveerd()).isEqualByComparingTo(BigDecimal.valueOf(10 * BEDRAG));
    assertThat(overzicht.vrij()).isEqualByComparingTo("0");
    assertThat(overzicht.gestortPerFinancier())
        .containsEntry(Financier.UWV, euro(6 * BEDRAG)).containsEntry(Financier.GEMEENTE, euro(4 * BEDRAG));
  }

  @Test
  void twoApplicationNodesOnOneDatabaseNeverOverbook() throws Exception {
    budget.storten(regio, jaar, Financier.RIJK, 10 * BEDRAG, "test");
    // a second engine node: its own process engine name, no job executor of its own needed here
    try (var tweedeNode = new SpringApplicationBuilder(WerkcentrumApplication.class)
        .profiles("postgres")
        .run("--server.port=0", "--POSTGRES_DB=" + PostgresDatabase.TEST_DATABASE,
            "--camunda.bpm.process-engine-name=node2", "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.webapp.enabled=false", "--spring.jmx.enabled=false")) {
      OntschotBudget node2 = tweedeNode.getBean(OntschotBudget.class);

      List<Reservering> uitkomsten = tegelijk(50, i -> i % 2 == 0 ? budget : node2);

      assertThat(uitkomsten).filteredOn(Reservering::gelukt).hasSize(10);
      assertThat(node2.overzicht(regio, jaar).vrij()).isEqualByComparingTo("0");
    }
  }

  @Test
  void aNewReservationReplacesTheOpenOneAndReleasingTwiceBooksOnce() {
    budget.storten(regio, jaar, Financier.ESF_PLUS, 5 * BEDRAG, "test");
    UUID traject = UUID.randomUUID();

    budget.reserveren(traject, regio, jaar, 2 * BEDRAG, "test");
    budget.reserveren(traject, regio, jaar, 3 * BEDRAG, "test");
    assertThat(budget.overzicht(regio, jaar).gereserveerd()).isEqualByComparingTo(BigDecimal.valueOf(3 * BEDRAG));

    assertThat(budget.vrijgeven(traject, "test")).isEqualByComparingTo(BigDecimal.valueOf(3 * BEDRAG));
    assertThat(budget.vrijgeven(traject, "test")).isEqualByComparingTo("0");
    assertThat(budget.overzicht(regio, jaar).vrij()).isEqualByComparingTo(BigDecimal.valueOf(5 * BEDRAG));
  }

  @Test
  void settlingBooksTheSpentPartAndReleasesTheRestOnce() {
    budget.storten(regio, jaar, Financier.SECTORFONDS, 5 * BEDRAG, "test");
    UUID traject = UUID.randomUUID();
    budget.reserveren(traject, regio, jaar, 2 * BEDRAG, "test");

    budget.afrekenen(traject, 600, "test");
    budget.afrekenen(traject, 0, "test");

    var overzicht = budget.overzicht(regio, jaar);
    assertThat(overzicht.besteed()).isEqualByComparingTo(BigDecimal.valueOf(600));
    assertThat(overzicht.gereserveerd()).isEqualByComparingTo("0");
    assertThat(overzicht.vrij()).isEqualByComparingTo(BigDecimal.valueOf(5 * BEDRAG - 600));
  }

  @Test
  void insufficientBudgetIsAnOutcomeAndChangesNothing() {
    budget.storten(regio, jaar, Financier.UWV, BEDRAG, "test");

    Reservering uitkomst = budget.reserveren(UUID.randomUUID(), regio, jaar, 2 * BEDRAG, "test");

    assertThat(uitkomst.gelukt()).isFalse();
    assertThat(budget.overzicht(regio, jaar).vrij()).isEqualByComparingTo(BigDecimal.valueOf(BEDRAG));
  }

  @Test
  void refusesNegativeAmountsAndSpendingMoreThanReserved() {
    UUID traject = UUID.randomUUID();
    budget.storten(regio, jaar, Financier.UWV, BEDRAG, "test");
    budget.reserveren(traject, regio, jaar, 500, "test");

    assertThatThrownBy(() -> budget.storten(regio, jaar, Financier.UWV, -1, "test"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> budget.afrekenen(traject, 501, "test"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(budget.overzicht(regio, jaar).gereserveerd()).as("rolled back").isEqualByComparingTo(BigDecimal.valueOf(500));
  }

  private static BigDecimal euro(long bedrag) {
    return BigDecimal.valueOf(bedrag).setScale(2);
  }

  /** Lets n threads reserve one amount each for their own trajectory, all released at once. */
  private List<Reservering> tegelijk(int n, java.util.function.IntFunction<OntschotBudget> node)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reservering>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      OntschotBudget ledger = node.apply(i);
      Callable<Reservering> reserveer = () -> {
        start.await();
        return ledger.reserveren(UUID.randomUUID(), regio, jaar, BEDRAG, "test");
      };
      futures.add(pool.submit(reserveer));
    }
    start.countDown();
    List<Reservering> uitkomsten = new ArrayList<>();
    for (Future<Reservering> f : futures) {
      uitkomsten.add(f.get());
    }
    pool.shutdown();
    return uitkomsten;
  }
}
