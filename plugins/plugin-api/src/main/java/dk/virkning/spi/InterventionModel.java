package dk.virkning.spi;

import java.util.List;
import java.util.Objects;

/**
 * An intervention model: whom it serves, how it runs, what it aims for and what its contract terms
 * look like.
 *
 * @param name the model's display name
 * @param description a short description
 * @param targetGroups the target groups with their capacity
 * @param phases the phases in their usual order, with maximum durations and allowed transitions
 * @param teamRoles the roles of the team around a participant
 * @param activities the activity catalogue
 * @param effectGoals the effect goals with their targets
 * @param termsSchema a JSON Schema (draft 2020-12) that a program's terms must satisfy
 * @param guidancePackages guidance packages that group catalogue activities (may be empty)
 * @param packageCourses codes of the package courses a citizen can be given, e.g. {@code
 *     INTERDISCIPLINARY_BASIC} (may be empty)
 */
public record InterventionModel(
        String name,
        String description,
        List<TargetGroup> targetGroups,
        List<Phase> phases,
        List<TeamRole> teamRoles,
        List<Activity> activities,
        List<EffectGoal> effectGoals,
        String termsSchema,
        List<GuidancePackage> guidancePackages,
        List<String> packageCourses) {

    /** A model without package courses. */
    public InterventionModel(
            String name,
            String description,
            List<TargetGroup> targetGroups,
            List<Phase> phases,
            List<TeamRole> teamRoles,
            List<Activity> activities,
            List<EffectGoal> effectGoals,
            String termsSchema,
            List<GuidancePackage> guidancePackages) {
        this(
                name,
                description,
                targetGroups,
                phases,
                teamRoles,
                activities,
                effectGoals,
                termsSchema,
                guidancePackages,
                List.of());
    }

    /** A model without guidance packages. */
    public InterventionModel(
            String name,
            String description,
            List<TargetGroup> targetGroups,
            List<Phase> phases,
            List<TeamRole> teamRoles,
            List<Activity> activities,
            List<EffectGoal> effectGoals,
            String termsSchema) {
        this(
                name,
                description,
                targetGroups,
                phases,
                teamRoles,
                activities,
                effectGoals,
                termsSchema,
                List.of(),
                List.of());
    }

    /** Validates the required fields and freezes the lists. */
    public InterventionModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(termsSchema, "termsSchema");
        description = description == null ? "" : description;
        targetGroups = List.copyOf(targetGroups);
        phases = List.copyOf(phases);
        teamRoles = List.copyOf(teamRoles);
        activities = List.copyOf(activities);
        effectGoals = List.copyOf(effectGoals);
        guidancePackages = List.copyOf(guidancePackages == null ? List.of() : guidancePackages);
        packageCourses = List.copyOf(packageCourses == null ? List.of() : packageCourses);
    }

    /**
     * A target group.
     *
     * @param code the code, e.g. {@code SICKNESS_BENEFIT}
     * @param name the display name
     * @param capacity the number of participants the model takes in this group
     * @param intakeWeeks how many weeks after the program's start citizens may still start, or {@code
     *     null} when intake stays open
     */
    public record TargetGroup(String code, String name, int capacity, Integer intakeWeeks) {

        /** A target group whose intake stays open. */
        public TargetGroup(String code, String name, int capacity) {
            this(code, name, capacity, null);
        }

        /** Validates the numbers. */
        public TargetGroup {
            if (capacity < 0 || (intakeWeeks != null && intakeWeeks < 1)) {
                throw new IllegalArgumentException("capacity must be >= 0 and intakeWeeks >= 1");
            }
        }
    }

    /**
     * A phase.
     *
     * @param code the code, e.g. {@code ASSESSMENT}
     * @param name the display name
     * @param maxWeeks the longest a participant should stay in the phase
     * @param next the codes of the phases a participant may move to from this one
     */
    public record Phase(String code, String name, int maxWeeks, List<String> next) {

        /** Freezes the list. */
        public Phase {
            next = List.copyOf(next);
        }
    }

    /**
     * A role in the team around a participant.
     *
     * @param code the code, e.g. {@code JOB_COACH}
     * @param name the display name
     * @param exactlyOne whether each participant has exactly one person in this role
     */
    public record TeamRole(String code, String name, boolean exactlyOne) {}

    /**
     * An activity from the catalogue.
     *
     * @param code the code
     * @param name the display name
     * @param kind basic or supplementary
     * @param deadlineDays days from the start by which the activity must happen, or {@code null}
     * @param recurEveryDays for a recurring activity such as a follow-up every 4 weeks, the days
     *     between occurrences; {@code null} for a one-off
     */
    public record Activity(String code, String name, ActivityKind kind, Integer deadlineDays, Integer recurEveryDays) {

        /** A one-off activity. */
        public Activity(String code, String name, ActivityKind kind, Integer deadlineDays) {
            this(code, name, kind, deadlineDays, null);
        }

        /** Validates the numbers. */
        public Activity {
            if ((deadlineDays != null && deadlineDays < 0) || (recurEveryDays != null && recurEveryDays < 1)) {
                throw new IllegalArgumentException("deadlineDays must be >= 0 and recurEveryDays >= 1");
            }
        }
    }

    /** Whether an activity is part of the basic package or a supplement. */
    public enum ActivityKind {
        BASIC,
        SUPPLEMENTARY
    }

    /**
     * A guidance package: a named selection of catalogue activities for a group of citizens. Packages
     * guide; they never replace an individually planned effort.
     *
     * @param code the code, e.g. {@code P1}
     * @param name the display name
     * @param basicActivities codes of the activities that are almost always relevant
     * @param supplementaryActivities codes of the activities that are relevant in some cases
     */
    public record GuidancePackage(
            String code, String name, List<String> basicActivities, List<String> supplementaryActivities) {

        /** Freezes the lists. */
        public GuidancePackage {
            basicActivities = List.copyOf(basicActivities);
            supplementaryActivities = List.copyOf(supplementaryActivities);
        }
    }

    /**
     * An effect goal.
     *
     * @param code the code, e.g. {@code G2}
     * @param description what it measures
     * @param targetPercent the target share in percent, or {@code null} for a qualitative goal
     */
    public record EffectGoal(String code, String description, Integer targetPercent) {}
}
