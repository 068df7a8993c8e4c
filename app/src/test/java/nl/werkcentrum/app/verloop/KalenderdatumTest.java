package nl.werkcentrum.app.verloop;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class KalenderdatumTest {

  static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
  static final LocalDate EERSTE_WERKDAG = LocalDate.of(2027, 1, 4);

  @Test
  void readsWhatPartnersAndFormsSend() {
    assertThat(Kalenderdatum.lees("2027-01-04", NL)).contains(EERSTE_WERKDAG);
    assertThat(Kalenderdatum.lees(" 2027-01-04 ", NL)).contains(EERSTE_WERKDAG);
    assertThat(Kalenderdatum.lees("2027-01-04T00:00:00.000Z", NL)).contains(EERSTE_WERKDAG);
    assertThat(Kalenderdatum.lees("2027-01-04T10:15", NL)).contains(EERSTE_WERKDAG);
    assertThat(Kalenderdatum.lees(EERSTE_WERKDAG, NL)).contains(EERSTE_WERKDAG);
  }

  @Test
  void readsAnInstantAsTheDutchDay() {
    // 23:30 UTC on the 3rd is half past midnight on the 4th in Amsterdam
    assertThat(Kalenderdatum.lees("2027-01-03T23:30:00Z", NL)).contains(EERSTE_WERKDAG);
    assertThat(Kalenderdatum.lees("2027-01-04T00:30:00+01:00", NL)).contains(EERSTE_WERKDAG);
    assertThat(Kalenderdatum.lees(Date.from(EERSTE_WERKDAG.atStartOfDay(NL).toInstant()), NL))
        .contains(EERSTE_WERKDAG);
  }

  @Test
  void whatIsNoDateIsEmpty() {
    assertThat(Kalenderdatum.lees(null, NL)).isEmpty();
    assertThat(Kalenderdatum.lees("", NL)).isEmpty();
    assertThat(Kalenderdatum.lees("volgende week", NL)).isEmpty();
    assertThat(Kalenderdatum.lees("2027-13-01", NL)).isEmpty();
    assertThat(Kalenderdatum.lees("04-01-2027", NL)).isEmpty();
    assertThat(Kalenderdatum.lees("2027-01-04Tnonsense-more", NL)).isEmpty();
  }
}
