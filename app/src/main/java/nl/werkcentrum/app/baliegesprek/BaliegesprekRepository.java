package nl.werkcentrum.app.baliegesprek;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface BaliegesprekRepository extends JpaRepository<Baliegesprek, UUID> {

  Optional<Baliegesprek> findByProcessInstanceId(String processInstanceId);
}
