package nl.werkcentrum.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Remembers for a short while that a user's password was right, with the groups and tenants that
 * came with it. Partner systems and the caseworkers' own tools send HTTP basic credentials on
 * every call; without this each call cost three identity queries (the user, the groups, the
 * tenants), each its own database transaction, before the engine did any work
 * (docs/performance.md, "Throughput").
 *
 * <p>What is kept is a keyed hash of the password, never the password: the key is drawn at
 * startup and lives only in this node's memory. A different password is a different key, so a
 * wrong password is always checked in full (and counted by Camunda's lockout or {@link InlogRem}).
 * A changed password, a removed user or a changed group takes effect within {@code duur}, as in
 * the Camunda webapps' own authentication cache. A {@code duur} of zero switches the memory off.
 */
@Component
public class InlogCache {

  /** What a successful check established: the caller's Camunda groups and tenants. */
  public record Toegang(List<String> groepen, List<String> tenants) {
    public Toegang {
      groepen = List.copyOf(groepen);
      tenants = List.copyOf(tenants);
    }
  }

  private record Sleutel(String gebruiker, String wachtwoordHash) {
  }

  /** Enough for every partner system and caseworker of the country; beyond it the oldest go. */
  static final int MAX_GEBRUIKERS = 10_000;

  private final Cache<Sleutel, Toegang> bekend;
  private final SecretKeySpec sleutel;

  public InlogCache(@Value("${werkcentrum.security.inlog-cache.duur:PT60S}") Duration duur, Clock clock) {
    this.bekend = duur.isZero() ? null : Caffeine.newBuilder()
        .expireAfterWrite(duur)
        .maximumSize(MAX_GEBRUIKERS)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .executor(Runnable::run)
        .build();
    byte[] willekeurig = new byte[32];
    new SecureRandom().nextBytes(willekeurig);
    this.sleutel = new SecretKeySpec(willekeurig, "HmacSHA256");
  }

  /** The access established earlier for exactly this user and password, if still fresh. */
  public Optional<Toegang> bekend(String gebruiker, String wachtwoord) {
    return bekend == null ? Optional.empty()
        : Optional.ofNullable(bekend.getIfPresent(new Sleutel(gebruiker, hash(wachtwoord))));
  }

  /** Call only after the password was checked and found right. */
  public void onthoud(String gebruiker, String wachtwoord, Toegang toegang) {
    if (bekend != null) {
      bekend.put(new Sleutel(gebruiker, hash(wachtwoord)), toegang);
    }
  }

  private String hash(String wachtwoord) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(sleutel);
      return HexFormat.of().formatHex(mac.doFinal(wachtwoord.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
