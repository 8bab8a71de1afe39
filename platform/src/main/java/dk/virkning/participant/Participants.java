package dk.virkning.participant;

import dk.virkning.audit.AuditLog;
import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.plugin.api.InterventionModel;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramEnrollmentCounter;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrollment and reading of participants; every read is written to the access log. */
@Service
public class Participants implements ProgramEnrollmentCounter {

    private final ParticipantRepository repository;
    private final Programs programs;
    private final PluginRegistry plugins;
    private final Pseudonymizer pseudonymizer;
    private final AuditLog audit;
    private final Clock clock;

    Participants(
            ParticipantRepository repository,
            Programs programs,
            PluginRegistry plugins,
            Pseudonymizer pseudonymizer,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.programs = programs;
        this.plugins = plugins;
        this.pseudonymizer = pseudonymizer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Enrolls a citizen. Refuses an unknown target group, a start before the program's, a full
     * program and a citizen who is enrolled already.
     */
    @Transactional
    public Participant enroll(CurrentUser user, ProgramId programId, String cpr, String targetGroup, IsoWeek start) {
        Program program = programs.lock(user, programId);
        requireTargetGroup(program, targetGroup);
        if (start.compareTo(IsoWeek.of(program.startDate())) < 0) {
            throw ProblemException.unprocessable(
                    "start-before-program",
                    "The start week is before the program starts (" + IsoWeek.of(program.startDate()) + ")",
                    List.of(ProblemError.field("startWeek", "is before the program's start")));
        }
        if (repository.countByProgramId(programId.value()) >= program.capacity()) {
            throw ProblemException.conflict(
                    "The program is full: its capacity of " + program.capacity() + " participants is reached");
        }
        Pseudonym pseudonym = pseudonymizer.pseudonymise(program.municipality(), cpr);
        if (repository.existsByProgramIdAndPseudonym(programId.value(), pseudonym.value())) {
            throw ProblemException.conflict("The citizen is enrolled in this program already");
        }
        Participant participant = repository.save(
                new Participant(programId, pseudonym, targetGroup, start, clock.instant(), user.subject()));
        audit.record(user.subject(), "ENROLL", "participant", participant.id().toString(), "program " + programId);
        return participant;
    }

    @Transactional
    public Page<Participant> list(CurrentUser user, ProgramId programId, Pageable pageable) {
        programs.get(user, programId);
        Page<Participant> page = repository.findByProgramId(programId.value(), pageable);
        audit.recordAll(
                user.subject(),
                "READ",
                "participant",
                page.map(p -> p.id().toString()).toList(),
                "list of program " + programId);
        return page;
    }

    @Transactional
    public Participant get(CurrentUser user, ProgramId programId, ParticipantId id) {
        programs.get(user, programId);
        Participant participant = repository
                .findByIdAndProgramId(id.value(), programId.value())
                .orElseThrow(() -> ProblemException.notFound("Participant " + id));
        audit.record(user.subject(), "READ", "participant", id.toString(), null);
        return participant;
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

    private void requireTargetGroup(Program program, String targetGroup) {
        InstalledPlugin plugin = plugins.find(program.pluginId(), program.pluginVersion())
                .orElseThrow(() -> ProblemException.conflict("The program's plugin is not installed"));
        List<String> known = plugin.model().targetGroups().stream()
                .map(InterventionModel.TargetGroup::code)
                .toList();
        if (!known.contains(targetGroup)) {
            throw ProblemException.unprocessable(
                    "unknown-target-group",
                    "Target group '" + targetGroup + "' is not one of the program's: " + known,
                    List.of(ProblemError.field("targetGroup", "must be one of " + known)));
        }
    }
}
