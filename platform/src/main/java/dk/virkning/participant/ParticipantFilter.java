package dk.virkning.participant;

import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;

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

    /** Refuses a status other than ACTIVE or EXITED. */
    public ParticipantFilter {
        if (status != null && !status.equals("ACTIVE") && !status.equals("EXITED")) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "status must be ACTIVE or EXITED",
                    List.of(ProblemError.field("status", "must be ACTIVE or EXITED")));
        }
    }

    /** No narrowing. */
    public static ParticipantFilter none() {
        return new ParticipantFilter(null, null, null, null, null);
    }

    Specification<Participant> toSpecification(UUID program, Set<UUID> teamMembers, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
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
                Expression<Integer> daysIn = cb.function(
                        "virkning_days_between", Integer.class, root.get("phaseStartedOn"), cb.literal(today));
                Predicate late = cb.and(
                        cb.isNotNull(root.get("currentPhase")),
                        cb.greaterThanOrEqualTo(daysIn, cb.prod(root.<Integer>get("phaseMaxWeeks"), 7)));
                where.add(overdue ? late : cb.not(late));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
