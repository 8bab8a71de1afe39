package dk.virkning.program;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, UUID> {

    Page<Program> findByProviderId(UUID providerId, Pageable pageable);

    @Query("select p from Program p join p.investorIds i where i = :investor")
    List<Program> findFundedBy(UUID investor);

    /** Locks the program row so that concurrent enrollments cannot pass its capacity together. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Program p where p.id = :id")
    Optional<Program> lockById(UUID id);
}
