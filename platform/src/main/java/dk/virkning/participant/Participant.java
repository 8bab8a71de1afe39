package dk.virkning.participant;

import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.program.ProgramId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A citizen enrolled in a program, known only by a keyed pseudonym of the CPR number. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "program_id", nullable = false)
    private UUID programId;

    @Column(nullable = false)
    private String pseudonym;

    @Column(name = "target_group", nullable = false)
    private String targetGroup;

    /** The Monday of the start week. */
    @Column(name = "start_week", nullable = false)
    private LocalDate startWeek;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false)
    private String enrolledBy;

    protected Participant() {}

    Participant(
            ProgramId program,
            Pseudonym pseudonym,
            String targetGroup,
            IsoWeek startWeek,
            Instant enrolledAt,
            String enrolledBy) {
        this.id = UUID.randomUUID();
        this.programId = program.value();
        this.pseudonym = pseudonym.value();
        this.targetGroup = targetGroup;
        this.startWeek = startWeek.monday();
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
    }

    public ParticipantId id() {
        return new ParticipantId(id);
    }

    public ProgramId program() {
        return new ProgramId(programId);
    }

    public String targetGroup() {
        return targetGroup;
    }

    public IsoWeek startWeek() {
        return IsoWeek.of(startWeek);
    }

    String pseudonymValue() {
        return pseudonym;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }
}
