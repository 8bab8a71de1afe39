package dk.virkning.casework;

import dk.virkning.participant.Participant;
import dk.virkning.participant.ParticipantEvents;
import dk.virkning.participant.ParticipantId;
import dk.virkning.participant.Participants;
import dk.virkning.plugin.InstalledPlugin;
import dk.virkning.plugin.PluginCallException;
import dk.virkning.plugin.PluginCalls;
import dk.virkning.plugin.PluginRegistry;
import dk.virkning.program.Program;
import dk.virkning.program.ProgramId;
import dk.virkning.program.Programs;
import dk.virkning.security.CurrentUser;
import dk.virkning.shared.ProblemError;
import dk.virkning.shared.ProblemException;
import dk.virkning.spi.InterventionModel;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.Recommendation;
import dk.virkning.spi.RecommendationContext;
import dk.virkning.tenant.TenantContext;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance packages and package courses: the plugin recommends from the referral facts; the caseworker
 * chooses, giving a reason when the choice differs. Packages guide; they never replace an individually
 * planned effort.
 */
@Service
public class CoursePackages {

    private final Participants participants;
    private final ParticipantEvents events;
    private final PluginRegistry plugins;
    private final PluginCalls calls;
    private final Programs programs;
    private final Activities activities;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CoursePackages(
            Participants participants,
            ParticipantEvents events,
            PluginRegistry plugins,
            PluginCalls calls,
            Programs programs,
            Activities activities,
            JdbcTemplate jdbc,
            Clock clock) {
        this.participants = participants;
        this.events = events;
        this.plugins = plugins;
        this.calls = calls;
        this.programs = programs;
        this.activities = activities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Choice get(CurrentUser user, ProgramId program, ParticipantId id) {
        Participant participant = participants.read(user, program, id, "course package");
        return stored(participant)
                .orElseGet(() -> new Choice(
                        recommend(programs.get(user, program), participant), null, null, null, null, null, null));
    }

    @Transactional
    public Choice choose(
            CurrentUser user,
            ProgramId programId,
            ParticipantId id,
            String packageCode,
            String courseCode,
            LocalDate startedOn,
            String reason) {
        Participants.Participation work = participants.forWork(user, programId, id, "course package");
        Participant participant = work.participant();
        InterventionModel model = work.model();
        Recommendation recommended = recommend(work.program(), participant);
        if (stored(participant).isPresent()) {
            throw ProblemException.conflict("A course package was chosen for this participation already");
        }
        InterventionModel.GuidancePackage chosen = model.guidancePackages().stream()
                .filter(p -> p.code().equals(packageCode))
                .findFirst()
                .orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-package",
                        "Package '" + packageCode + "' is not one of the model's",
                        List.of(ProblemError.field("packageCode", "is unknown"))));
        if (!model.packageCourses().contains(courseCode)) {
            throw ProblemException.unprocessable(
                    "unknown-course",
                    "Package course '" + courseCode + "' is not one of the model's: " + model.packageCourses(),
                    List.of(ProblemError.field("courseCode", "is unknown")));
        }
        boolean differs = !recommended.packageCode().equals(packageCode)
                || !recommended.courseCode().equals(courseCode);
        String why = reason == null ? null : reason.strip();
        if (differs && (why == null || why.isEmpty())) {
            throw ProblemException.unprocessable(
                    "override-reason-required",
                    "The plugin recommends " + recommended.packageCode() + " with " + recommended.courseCode()
                            + "; choosing otherwise needs a reason",
                    List.of(ProblemError.field(
                            "reason", "is required when the choice differs from the recommendation")));
        }
        DateRules.requireBetween(
                startedOn, participant.startDay(), LocalDate.now(clock).plusDays(90), "startedOn");
        jdbc.update(
                "INSERT INTO course_package (participant_id, tenant_id, recommended_package, recommended_course,"
                        + " recommendation_reason, chosen_package, chosen_course, override_reason, chosen_by,"
                        + " chosen_at, started_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                participant.id().value(),
                TenantContext.municipality().orElseThrow(),
                recommended.packageCode(),
                recommended.courseCode(),
                recommended.reason(),
                packageCode,
                courseCode,
                differs ? why : null,
                user.subject(),
                Timestamp.from(clock.instant()),
                Date.valueOf(startedOn));
        events.record(
                participant,
                LifecycleEvent.PACKAGE_COURSE_STARTED,
                startedOn,
                courseCode + "|" + packageCode,
                user.subject());
        for (String code : chosen.basicActivities()) {
            model.activities().stream()
                    .filter(a -> a.code().equals(code))
                    .findFirst()
                    .ifPresent(a -> activities.plan(
                            participant, model, a, startedOn, startedOn, "PACKAGE", null, user.subject()));
        }
        return stored(participant).orElseThrow();
    }

    @Transactional
    public Choice complete(CurrentUser user, ProgramId program, ParticipantId id, LocalDate on) {
        Participant participant =
                participants.forWork(user, program, id, "course package done").participant();
        Choice choice = stored(participant)
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.CONFLICT, "no-package", "No course package was chosen for this participation"));
        if (choice.completedOn() != null) {
            throw ProblemException.conflict("The package course was completed on " + choice.completedOn() + " already");
        }
        DateRules.requireBetween(on, choice.startedOn(), LocalDate.now(clock), "on");
        jdbc.update(
                "UPDATE course_package SET completed_on = ? WHERE participant_id = ?",
                Date.valueOf(on),
                participant.id().value());
        events.record(participant, LifecycleEvent.PACKAGE_COURSE_COMPLETED, on, choice.chosenCourse(), user.subject());
        return stored(participant).orElseThrow();
    }

    private Recommendation recommend(Program program, Participant participant) {
        InstalledPlugin plugin = plugins.find(program.pluginId(), program.pluginVersion())
                .orElseThrow(() -> ProblemException.conflict("The program's plugin is not installed"));
        if (!plugin.hasCourseRecommender()) {
            throw new ProblemException(
                    HttpStatus.CONFLICT,
                    "no-course-packages",
                    "The program's model (" + plugin.id() + ") has no course packages");
        }
        Recommendation recommendation;
        try {
            recommendation = calls.recommend(
                    plugin, new RecommendationContext(participant.referral().facts()));
        } catch (PluginCallException e) {
            if (e.kind() == PluginCallException.Kind.REFUSED) {
                throw ProblemException.unprocessable(
                        "no-recommendation",
                        "The referral facts do not allow a recommendation: " + e.getMessage(),
                        List.of(ProblemError.field("referral", "is incomplete")));
            }
            throw ProblemException.unprocessable(
                    "no-recommendation", "The plugin's recommender failed; choose with a reason", List.of());
        }
        if (!RecommendationCheck.fits(plugin.model(), recommendation)) {
            throw ProblemException.unprocessable(
                    "no-recommendation",
                    "The plugin's recommender answered outside its contract; choose with a reason",
                    List.of());
        }
        return recommendation;
    }

    private Optional<Choice> stored(Participant participant) {
        return jdbc
                .query(
                        "SELECT recommended_package, recommended_course, recommendation_reason, chosen_package,"
                                + " chosen_course, override_reason, chosen_by, started_on, completed_on"
                                + " FROM course_package WHERE participant_id = ?",
                        CoursePackages::map,
                        participant.id().value())
                .stream()
                .findFirst();
    }

    private static Choice map(ResultSet rs, int i) throws SQLException {
        return new Choice(
                new Recommendation(rs.getString(1), rs.getString(2), rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getDate(8).toLocalDate(),
                rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate());
    }

    /** The recommendation, and the choice once made. */
    public record Choice(
            Recommendation recommended,
            String chosenPackage,
            String chosenCourse,
            String overrideReason,
            String chosenBy,
            LocalDate startedOn,
            LocalDate completedOn) {}
}
