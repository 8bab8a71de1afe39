package dk.virkning.participant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ParticipantRepository extends JpaRepository<Participant, UUID>, JpaSpecificationExecutor<Participant> {

    Page<Participant> findByProgramId(UUID programId, Pageable pageable);

    List<Participant> findByProgramIdOrderByEnrolledAtAscIdAsc(UUID programId);

    Optional<Participant> findByIdAndProgramId(UUID id, UUID programId);

    boolean existsByProgramIdAndPseudonym(UUID programId, String pseudonym);

    Optional<Participant> findByProgramIdAndPseudonym(UUID programId, String pseudonym);

    List<Participant> findByPseudonymOrderByEnrolledAt(String pseudonym);

    int countByProgramId(UUID programId);

    int countByProgramIdAndTargetGroup(UUID programId, String targetGroup);
}
