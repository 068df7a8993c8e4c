package nl.werkcentrum.app.opslag;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.util.UUID;

/**
 * An entity that draws its own UUID in its constructor. Spring Data cannot tell such an entity
 * from a stored one by its id, so {@code save} would merge it: a select by id before every
 * insert, which at national volume is a random read in a large index. The entity says instead
 * that it is new until it has been stored or loaded (the pattern of Spring Data's
 * {@link Persistable}).
 */
@MappedSuperclass
public abstract class ToegewezenId implements Persistable<UUID> {

  @Transient
  private boolean nieuw = true;

  @Override
  public boolean isNew() {
    return nieuw;
  }

  @PostPersist
  @PostLoad
  void opgeslagen() {
    nieuw = false;
  }
}
