package dk.virkning.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a participant list may be narrowed to; every field is optional.
 *
 * @param status {@code ACTIVE} or {@code EXITED}
 * @param phase the current phase code
 * @param targetGroup the target group code
 * @param teamMember a member of the active team
 * @param overdue whether the current phase is past its maximum duration
 */
public record ParticipantFilter(String status, String phase, String targetGroup, String teamMember, Boolean overdue) {

    /** No narrowing. */
    public static ParticipantFilter none() {
        return new ParticipantFilter(null, null, null, null, null);
    }

    Specification<Participant> toSpecification(UUID program, Set<UUID> teamMembers, LocalDate today) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("programId"), program));
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (phase != null) {
                where.add(cb.equal(root.get("currentPhase"), phase));
            }
            if (targetGroup != null) {
                where.add(cb.equal(root.get("targetGroup"), targetGroup));
            }
            if (teamMembers != null) {
                where.add(
                        teamMembers.isEmpty()
                                ? cb.disjunction()
                                : root.get("id").in(teamMembers));
            }
            if (overdue != null) {
                // Overdue once today is past the phase's due day: started + maxWeeks * 7 <= today.
                jakarta.persistence.criteria.Expression<Integer> daysIn = cb.function(
                        "virkning_days_between", Integer.class, root.get("phaseStartedOn"), cb.literal(today));
                jakarta.persistence.criteria.Predicate late = cb.and(
                        cb.isNotNull(root.get("currentPhase")),
                        cb.greaterThanOrEqualTo(daysIn, cb.prod(root.<Integer>get("phaseMaxWeeks"), 7)));
                where.add(overdue ? late : cb.not(late));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
