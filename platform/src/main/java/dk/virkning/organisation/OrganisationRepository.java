package dk.virkning.organisation;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    Page<Organisation> findByType(OrganisationType type, Pageable pageable);

    boolean existsByNameIgnoreCase(String name);
}
