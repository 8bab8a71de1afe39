package dk.virkning.participant;

import dk.virkning.program.ProgramId;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ReferralFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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

    @Column(nullable = false)
    private String status = "ACTIVE";

    @Column(name = "referred_on")
    private LocalDate referredOn;

    @Column(name = "visitation_category")
    private String visitationCategory;

    @Column(name = "expected_longer_than_3m")
    private Boolean expectedLongerThanThreeMonths;

    @Column(name = "health_unclear")
    private Boolean healthUnclear;

    @Column(name = "social_problems")
    private Boolean socialProblems;

    @Column(name = "serious_illness")
    private Boolean seriousIllness;

    @Column(name = "permanently_reduced_capacity")
    private Boolean permanentlyReducedCapacity;

    @Column(name = "primary_barrier")
    private String primaryBarrier;

    @Column(name = "referral_note")
    private String referralNote;

    @Column(name = "consent_given_on")
    private LocalDate consentGivenOn;

    @Column(name = "consent_recorded_by")
    private String consentRecordedBy;

    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;

    @Column(name = "consent_withdrawn_on")
    private LocalDate consentWithdrawnOn;

    @Column(name = "consent_withdrawal_by")
    private String consentWithdrawalBy;

    @Column(name = "current_phase")
    private String currentPhase;

    @Column(name = "phase_started_on")
    private LocalDate phaseStartedOn;

    @Column(name = "phase_max_weeks")
    private Integer phaseMaxWeeks;

    @Column(name = "exited_on")
    private LocalDate exitedOn;

    @Column(name = "exit_reason")
    private String exitReason;

    @Column(name = "exit_note")
    private String exitNote;

    protected Participant() {}

    Participant(
            ProgramId program,
            Pseudonym pseudonym,
            String targetGroup,
            IsoWeek startWeek,
            Referral referral,
            LocalDate consentGivenOn,
            Instant enrolledAt,
            String enrolledBy) {
        this.id = UUID.randomUUID();
        this.programId = program.value();
        this.pseudonym = pseudonym.value();
        this.targetGroup = targetGroup;
        this.startWeek = startWeek.monday();
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
        this.referredOn = referral.referredOn();
        this.visitationCategory = referral.facts().visitationCategory();
        this.expectedLongerThanThreeMonths = referral.facts().expectedLongerThanThreeMonths();
        this.healthUnclear = referral.facts().healthUnclear();
        this.socialProblems = referral.facts().socialProblems();
        this.seriousIllness = referral.facts().seriousIllness();
        this.permanentlyReducedCapacity = referral.facts().permanentlyReducedCapacity();
        this.primaryBarrier = referral.facts().primaryBarrier();
        this.referralNote = referral.note();
        this.consentGivenOn = consentGivenOn;
        this.consentRecordedBy = enrolledBy;
        this.consentRecordedAt = enrolledAt;
    }

    void withdrawConsent(LocalDate on, String by) {
        this.consentWithdrawnOn = on;
        this.consentWithdrawalBy = by;
    }

    void exit(LocalDate on, ExitReason reason, String note) {
        this.status = "EXITED";
        this.exitedOn = on;
        this.exitReason = reason.name();
        this.exitNote = note;
        this.currentPhase = null;
        this.phaseStartedOn = null;
        this.phaseMaxWeeks = null;
    }

    void enterPhase(String phase, LocalDate on, int maxWeeks) {
        this.currentPhase = phase;
        this.phaseStartedOn = on;
        this.phaseMaxWeeks = maxWeeks;
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public String status() {
        return status;
    }

    /** The referral as recorded; facts are all null for a participant enrolled before referrals were kept. */
    public Referral referral() {
        return new Referral(
                referredOn,
                new ReferralFacts(
                        visitationCategory,
                        expectedLongerThanThreeMonths,
                        healthUnclear,
                        socialProblems,
                        seriousIllness,
                        permanentlyReducedCapacity,
                        primaryBarrier),
                referralNote);
    }

    public Optional<Consent> consent() {
        return Optional.ofNullable(consentGivenOn)
                .map(given -> new Consent(
                        given, consentRecordedBy, consentRecordedAt, consentWithdrawnOn, consentWithdrawalBy));
    }

    public Optional<CurrentPhase> currentPhase() {
        return Optional.ofNullable(currentPhase).map(code -> new CurrentPhase(code, phaseStartedOn, phaseMaxWeeks));
    }

    public Optional<LocalDate> exitedOn() {
        return Optional.ofNullable(exitedOn);
    }

    public Optional<ExitReason> exitReason() {
        return Optional.ofNullable(exitReason).map(ExitReason::valueOf);
    }

    /** The Monday of the start week: the day the participation starts. */
    public LocalDate startDay() {
        return startWeek;
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
