package nl.werkcentrum.app.opleiding;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface OpleidingRepository extends JpaRepository<Opleiding, String> {

  /** The region's own courses first, then the national ones, each by name. */
  @Query("select o from Opleiding o where o.regio = ?1 or o.regio is null "
      + "order by case when o.regio is null then 1 else 0 end, o.naam")
  List<Opleiding> aanbodVoor(String regio);
}
