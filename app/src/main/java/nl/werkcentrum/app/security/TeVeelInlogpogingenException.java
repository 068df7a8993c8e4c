package nl.werkcentrum.app.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** This client tried this user's password too often; it may try again after {@link #wacht()}. */
public class TeVeelInlogpogingenException extends AuthenticationException {

  private final Duration wacht;

  public TeVeelInlogpogingenException(Duration wacht) {
    super("Too many failed logins from this client for this user");
    this.wacht = wacht;
  }

  public Duration wacht() {
    return wacht;
  }
}
