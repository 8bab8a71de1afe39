package dk.virkning.participant;

import dk.virkning.audit.AuditLog;
import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramEnrollmentCounter;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.LifecycleEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrollment, reading and ending of participations. Every read of a participant is written to the
 * access log; every change is audited and put on the participant's timeline.
 */
@Service
public class Participants implements ProgramEnrollmentCounter {

    private final ParticipantRepository repository;
    private final Programs programs;
    private final PluginRegistry plugins;
    private final Pseudonymizer pseudonymizer;
    private final ParticipantEvents events;
    private final Optional<TeamDirectory> teams;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;

    Participants(
            ParticipantRepository repository,
            Programs programs,
            PluginRegistry plugins,
            Pseudonymizer pseudonymizer,
            ParticipantEvents events,
            Optional<TeamDirectory> teams,
            ApplicationEventPublisher publisher,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.programs = programs;
        this.plugins = plugins;
        this.pseudonymizer = pseudonymizer;
        this.events = events;
        this.teams = teams;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Enrolls a referred citizen who has consented. Refuses a missing or future consent, an unknown
     * target group, a start before the program's or after the group's intake window, a full target
     * group or program, and a citizen who is enrolled already.
     */
    @Transactional
    public Participant enroll(CurrentUser user, ProgramId programId, Enrollment request) {
        LocalDate today = LocalDate.now(clock);
        Program program = programs.lock(user, programId);
        InterventionModel model = model(program);
        requireConsentAndReferral(request, today);
        InterventionModel.TargetGroup group = targetGroup(model, request.targetGroup());
        IsoWeek programStart = IsoWeek.of(program.startDate());
        if (request.start().compareTo(programStart) < 0) {
            throw ProblemException.unprocessable(
                    "start-before-program",
                    "The start week is before the program starts (" + programStart + ")",
                    List.of(ProblemError.field("startWeek", "is before the program's start")));
        }
        if (group.intakeWeeks() != null && programStart.weeksUntil(request.start()) >= group.intakeWeeks()) {
            throw ProblemException.unprocessable(
                    "intake-closed",
                    "Target group " + group.code() + " takes citizens in during the first " + group.intakeWeeks()
                            + " weeks of the program only (until " + programStart.plusWeeks(group.intakeWeeks() - 1)
                            + ")",
                    List.of(ProblemError.field("startWeek", "is after the intake window")));
        }
        if (repository.countByProgramIdAndTargetGroup(programId.value(), group.code()) >= group.capacity()) {
            throw ProblemException.conflict("Target group " + group.code() + " is full: its capacity of "
                    + group.capacity() + " participants is reached");
        }
        if (repository.countByProgramId(programId.value()) >= program.capacity()) {
            throw ProblemException.conflict(
                    "The program is full: its capacity of " + program.capacity() + " participants is reached");
        }
        Pseudonym pseudonym = pseudonymizer.pseudonymise(program.municipality(), request.cpr());
        if (repository.existsByProgramIdAndPseudonym(programId.value(), pseudonym.value())) {
            throw ProblemException.conflict("The citizen is enrolled in this program already");
        }
        Participant participant = repository.saveAndFlush(new Participant(
                programId,
                pseudonym,
                group.code(),
                request.start(),
                request.referral(),
                request.consentGivenOn(),
                clock.instant(),
                user.subject()));
        events.record(participant, "REFERRED", request.referral().referredOn(), category(request), user.subject());
        events.record(participant, "CONSENT_GIVEN", request.consentGivenOn(), "", user.subject());
        events.record(participant, "ENROLLED", participant.startDay(), group.code(), user.subject());
        publisher.publishEvent(new ParticipantEnrolled(participant, model, user, request.baseline()));
        audit.record(user.subject(), "ENROLL", "participant", participant.id().toString(), "program " + programId);
        return participant;
    }

    /** A page of a program's participants, narrowed by the filter; every one listed is logged as read. */
    @Transactional
    public Page<Participant> list(CurrentUser user, ProgramId programId, ParticipantFilter filter, Pageable pageable) {
        programs.get(user, programId);
        LocalDate today = LocalDate.now(clock);
        Set<UUID> members = filter.teamMember() == null
                ? null
                : teams.map(t -> t.participantsWith(programId.value(), filter.teamMember(), today))
                        .orElse(Set.of());
        Page<Participant> page =
                repository.findAll(filter.toSpecification(programId.value(), members, today), pageable);
        audit.recordAll(
                user.subject(),
                "READ",
                "participant",
                page.map(p -> p.id().toString()).toList(),
                "list of program " + programId);
        return page;
    }

    /** One participant; the read is logged. */
    @Transactional
    public Participant get(CurrentUser user, ProgramId programId, ParticipantId id) {
        return read(user, programId, id, null);
    }

    /** One participant for a read of some part of its record ({@code what}); the read is logged. */
    @Transactional
    public Participant read(CurrentUser user, ProgramId programId, ParticipantId id, String what) {
        programs.get(user, programId);
        Participant participant = repository
                .findByIdAndProgramId(id.value(), programId.value())
                .orElseThrow(() -> ProblemException.notFound("Participant " + id));
        audit.record(user.subject(), "READ", "participant", id.toString(), what);
        return participant;
    }

    /**
     * A participant that work is about to be recorded on, with its program: refused with 409 when the
     * participation has ended.
     */
    @Transactional
    public Participation forWork(CurrentUser user, ProgramId programId, ParticipantId id, String what) {
        Program program = programs.get(user, programId);
        Participant participant = repository
                .findByIdAndProgramId(id.value(), programId.value())
                .orElseThrow(() -> ProblemException.notFound("Participant " + id));
        if (!participant.active()) {
            throw new ProblemException(
                    org.springframework.http.HttpStatus.CONFLICT,
                    "participant-exited",
                    "The participation ended on " + participant.exitedOn().orElse(null) + "; nothing more can be "
                            + "recorded on it");
        }
        audit.record(user.subject(), "CHANGE", "participant", id.toString(), what);
        return new Participation(participant, program, model(program));
    }

    /** Moves the participant's current phase; the casework keeps the history. */
    @Transactional
    public void enterPhase(Participant participant, String phase, LocalDate on, int maxWeeks, String actor) {
        participant.enterPhase(phase, on, maxWeeks);
        repository.saveAndFlush(participant);
        events.record(participant, LifecycleEvent.PHASE_CHANGED, on, phase, actor);
    }

    /** Records that the citizen withdrew consent, which ends the participation. */
    @Transactional
    public Participant withdrawConsent(CurrentUser user, ProgramId programId, ParticipantId id, LocalDate on) {
        Participation work = forWork(user, programId, id, "consent withdrawn");
        Participant participant = work.participant();
        requireBetween(on, participant.consent().map(Consent::givenOn).orElse(participant.startDay()), "withdrawnOn");
        participant.withdrawConsent(on, user.subject());
        events.record(participant, "CONSENT_WITHDRAWN", on, "", user.subject());
        return exit(user, participant, on, ExitReason.CONSENT_WITHDRAWN, null);
    }

    /** Ends a participation with a reason. */
    @Transactional
    public Participant exit(
            CurrentUser user, ProgramId programId, ParticipantId id, LocalDate on, ExitReason reason, String note) {
        if (reason == ExitReason.CONSENT_WITHDRAWN) {
            return withdrawConsent(user, programId, id, on);
        }
        Participant participant = forWork(user, programId, id, "exit").participant();
        requireBetween(on, participant.startDay(), "exitedOn");
        return exit(user, participant, on, reason, note);
    }

    private Participant exit(CurrentUser user, Participant participant, LocalDate on, ExitReason reason, String note) {
        participant.exit(on, reason, note);
        repository.saveAndFlush(participant);
        events.record(participant, LifecycleEvent.EXITED, on, reason.name(), user.subject());
        publisher.publishEvent(new ParticipantExited(participant, on));
        audit.record(user.subject(), "EXIT", "participant", participant.id().toString(), reason.name());
        return participant;
    }

    /** A page of the participant's timeline; the read is logged. */
    @Transactional
    public Page<ParticipantEvents.TimelineEntry> timeline(
            CurrentUser user, ProgramId programId, ParticipantId id, Pageable pageable) {
        read(user, programId, id, "timeline");
        return events.timeline(id, pageable);
    }

    /**
     * The citizen's participations in programs the user may see, found by the CPR number's pseudonym;
     * every one found is logged as read.
     */
    @Transactional
    public List<Participant> lookUp(CurrentUser user, String municipality, String cpr) {
        Pseudonym pseudonym = pseudonymizer.pseudonymise(municipality, cpr);
        List<Participant> found = repository.findByPseudonymOrderByEnrolledAt(pseudonym.value()).stream()
                .filter(p -> programs.find(user, p.program()).isPresent())
                .toList();
        audit.recordAll(
                user.subject(),
                "READ",
                "participant",
                found.stream().map(p -> p.id().toString()).toList(),
                "lookup");
        return found;
    }

    /** Who read or changed any participation of the citizen in the municipality, oldest first. */
    @Transactional
    public AccessLog accessLog(CurrentUser user, String municipality, String cpr) {
        Pseudonym pseudonym = pseudonymizer.pseudonymise(municipality, cpr);
        List<Participant> found = repository.findByPseudonymOrderByEnrolledAt(pseudonym.value());
        Map<String, Participant> byId =
                found.stream().collect(Collectors.toMap(p -> p.id().toString(), Function.identity()));
        List<AuditLog.Entry> entries = audit.onResources("participant", byId.keySet());
        audit.recordAll(user.subject(), "ACCESS_LOG_EXPORT", "participant", List.copyOf(byId.keySet()), null);
        return new AccessLog(found, entries);
    }

    /** Every participant of a program in a stable order, for settlement and imports (not logged as a read). */
    @Transactional(readOnly = true)
    public List<Participant> allOf(ProgramId programId) {
        return repository.findByProgramIdOrderByEnrolledAtAscIdAsc(programId.value());
    }

    /** The program's participants by pseudonym, for matching register rows. */
    @Transactional(readOnly = true)
    public Map<Pseudonym, Participant> byPseudonym(ProgramId programId) {
        return repository.findByProgramIdOrderByEnrolledAtAscIdAsc(programId.value()).stream()
                .collect(Collectors.toMap(p -> new Pseudonym(p.pseudonymValue()), Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public int enrolled(ProgramId program) {
        return repository.countByProgramId(program.value());
    }

    private InterventionModel model(Program program) {
        InstalledPlugin plugin = plugins.find(program.pluginId(), program.pluginVersion())
                .orElseThrow(() -> ProblemException.conflict("The program's plugin is not installed"));
        return plugin.model();
    }

    private static InterventionModel.TargetGroup targetGroup(InterventionModel model, String code) {
        List<String> known = model.targetGroups().stream()
                .map(InterventionModel.TargetGroup::code)
                .toList();
        return model.targetGroups().stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-target-group",
                        "Target group '" + code + "' is not one of the program's: " + known,
                        List.of(ProblemError.field("targetGroup", "must be one of " + known))));
    }

    private static void requireConsentAndReferral(Enrollment request, LocalDate today) {
        if (request.consentGivenOn() == null) {
            throw ProblemException.unprocessable(
                    "consent-required",
                    "Participation is voluntary: record the citizen's consent before enrolling",
                    List.of(ProblemError.field("consent", "is required")));
        }
        if (request.consentGivenOn().isAfter(today)) {
            throw ProblemException.unprocessable(
                    "invalid-date",
                    "Consent cannot be given in the future",
                    List.of(ProblemError.field("consent.givenOn", "is after today")));
        }
        if (request.referral().referredOn().isAfter(today)) {
            throw ProblemException.unprocessable(
                    "invalid-date",
                    "A referral cannot lie in the future",
                    List.of(ProblemError.field("referral.referredOn", "is after today")));
        }
    }

    private void requireBetween(LocalDate day, LocalDate earliest, String field) {
        LocalDate today = LocalDate.now(clock);
        if (day.isBefore(earliest) || day.isAfter(today)) {
            throw ProblemException.unprocessable(
                    "invalid-date",
                    field + " must lie between " + earliest + " and today (" + today + ")",
                    List.of(ProblemError.field(field, "is outside " + earliest + ".." + today)));
        }
    }

    private static String category(Enrollment request) {
        String category = request.referral().facts().visitationCategory();
        return category == null ? "" : "visitation category " + category;
    }

    /**
     * What an enrollment needs.
     *
     * @param cpr the CPR number, only ever pseudonymised
     * @param targetGroup the target group code
     * @param start the start week
     * @param referral the referral
     * @param consentGivenOn the day the citizen consented, or {@code null} (refused)
     * @param baseline an optional WHO-5 baseline
     */
    public record Enrollment(
            String cpr,
            String targetGroup,
            IsoWeek start,
            Referral referral,
            LocalDate consentGivenOn,
            ParticipantEnrolled.Who5Answers baseline) {}

    /**
     * A participant being worked on, with its program and model.
     *
     * @param participant the participant
     * @param program its program
     * @param model the program's intervention model
     */
    public record Participation(Participant participant, Program program, InterventionModel model) {}

    /**
     * The access log of one citizen.
     *
     * @param participations the citizen's participations in the municipality
     * @param entries the log, oldest first
     */
    public record AccessLog(List<Participant> participations, List<AuditLog.Entry> entries) {}
}
