package dk.virkning.plugins.copenhagen;

import dk.virkning.spi.InterventionModel.Activity;
import dk.virkning.spi.InterventionModel.ActivityKind;
import dk.virkning.spi.InterventionModel.GuidancePackage;
import java.util.List;

/**
 * The activities and the six guidance packages of Copenhagen's sickness-benefit effort (seed 004,
 * "Udmøntning af pejlemærke 4", 2014). An activity is basic where any package lists it as basic.
 */
final class Catalogue {

    private Catalogue() {}

    static final List<Activity> ACTIVITIES = List.of(
            basic("PARTIAL_RETURN_1M", "Partial return to work or workplace placement within 1 month", 30),
            basic("PARTIAL_RETURN_3M", "Partial return to work or workplace placement within 3 months", 91),
            basic("PARTIAL_RETURN_ASAP", "Partial return to work or workplace placement as soon as possible", null),
            basic("PLACEMENT_FOR_CAPACITY", "Workplace placement to develop the work capacity", null),
            basic("AIDS_ASSESSMENT", "Assessment of aids, personal assistance, workplace adaptation and § 56", null),
            basic("FUND_OR_EMPLOYER_NEED", "Assessment of the need for contact with the fund or the employer", null),
            new Activity(
                    "FOLLOW_UP_EVERY_4_WEEKS",
                    "Follow-up on return to work every 4 weeks",
                    ActivityKind.BASIC,
                    null,
                    28),
            basic("FREQUENT_FOLLOW_UP", "Frequent follow-up on return to work", null),
            basic("COORDINATED_FOLLOW_UP", "Frequent follow-up coordinating the efforts and return to work", null),
            basic("MEDICAL_FOLLOW_UP", "Follow-up through medical information", null),
            basic("COPING_COURSE", "Coping course (mestringsforløb)", null),
            basic("TREATMENT_COORDINATION", "Contact and coordination with places of treatment", null),
            basic("HEALTH_NAVIGATOR", "Help navigating the health system (health mentor)", null),
            basic("MEDICAL_INFORMATION", "Obtaining medical information", null),
            basic("VOCATIONAL_CLARIFICATION", "Vocational clarification and help with job search", null),
            basic("SOCIAL_SUPPORT", "Addiction treatment, debt counselling, housing or a social mentor", null),
            basic("REHABILITATION_PLAN", "Rehabilitation plan for the rehabilitation team", null),
            basic("REVALIDATION_PLAN", "Revalidation plan", null),
            basic("CLINICAL_FUNCTION", "Involving the clinical function or a medical consultant", null),
            supplementary("PHYSICAL_TRAINING", "Maintaining physical training"),
            supplementary("DIET_AND_EXERCISE", "Guidance on diet and exercise"),
            supplementary("MENTOR", "Mentor"),
            supplementary("GP_ROUNDTABLE", "Round-table meeting with the general practitioner"),
            supplementary("EMPLOYER_OR_FUND_CONTACT", "Contact with the employer or the unemployment fund"),
            supplementary("EMPLOYER_CONTACT", "Contact with the employer"),
            supplementary("PENSION_FUND_CONTACT", "Contact with the pension fund"));

    static final List<GuidancePackage> PACKAGES = List.of(
            new GuidancePackage(
                    "P1",
                    "Uncomplicated, short sick leave (well within 3 months)",
                    List.of(
                            "PARTIAL_RETURN_1M",
                            "AIDS_ASSESSMENT",
                            "FUND_OR_EMPLOYER_NEED",
                            "FOLLOW_UP_EVERY_4_WEEKS",
                            "COPING_COURSE"),
                    List.of("PHYSICAL_TRAINING", "DIET_AND_EXERCISE", "VOCATIONAL_CLARIFICATION")),
            new GuidancePackage(
                    "P2",
                    "Uncomplicated, long sick leave (well after 3 months)",
                    List.of(
                            "PARTIAL_RETURN_3M",
                            "AIDS_ASSESSMENT",
                            "FUND_OR_EMPLOYER_NEED",
                            "FOLLOW_UP_EVERY_4_WEEKS",
                            "COPING_COURSE",
                            "TREATMENT_COORDINATION"),
                    List.of(
                            "PHYSICAL_TRAINING",
                            "DIET_AND_EXERCISE",
                            "VOCATIONAL_CLARIFICATION",
                            "HEALTH_NAVIGATOR",
                            "MENTOR")),
            new GuidancePackage(
                    "P3",
                    "Complicated, short sick leave",
                    List.of(
                            "PARTIAL_RETURN_ASAP",
                            "AIDS_ASSESSMENT",
                            "FREQUENT_FOLLOW_UP",
                            "HEALTH_NAVIGATOR",
                            "MEDICAL_INFORMATION"),
                    List.of(
                            "GP_ROUNDTABLE",
                            "CLINICAL_FUNCTION",
                            "EMPLOYER_OR_FUND_CONTACT",
                            "PHYSICAL_TRAINING",
                            "DIET_AND_EXERCISE",
                            "VOCATIONAL_CLARIFICATION",
                            "COPING_COURSE",
                            "SOCIAL_SUPPORT")),
            new GuidancePackage(
                    "P4",
                    "Complicated, long sick leave",
                    List.of(
                            "PARTIAL_RETURN_ASAP",
                            "AIDS_ASSESSMENT",
                            "COORDINATED_FOLLOW_UP",
                            "HEALTH_NAVIGATOR",
                            "MEDICAL_INFORMATION",
                            "VOCATIONAL_CLARIFICATION",
                            "SOCIAL_SUPPORT",
                            "REHABILITATION_PLAN"),
                    List.of(
                            "GP_ROUNDTABLE",
                            "CLINICAL_FUNCTION",
                            "EMPLOYER_OR_FUND_CONTACT",
                            "PHYSICAL_TRAINING",
                            "DIET_AND_EXERCISE",
                            "COPING_COURSE")),
            new GuidancePackage(
                    "P5",
                    "Serious illness (on the ministry's diagnosis list)",
                    List.of("MEDICAL_FOLLOW_UP", "CLINICAL_FUNCTION", "HEALTH_NAVIGATOR", "COPING_COURSE"),
                    List.of("EMPLOYER_CONTACT", "PENSION_FUND_CONTACT")),
            new GuidancePackage(
                    "P6",
                    "Indication of permanently reduced work capacity",
                    List.of(
                            "PLACEMENT_FOR_CAPACITY",
                            "AIDS_ASSESSMENT",
                            "MEDICAL_INFORMATION",
                            "REHABILITATION_PLAN",
                            "REVALIDATION_PLAN"),
                    List.of(
                            "GP_ROUNDTABLE",
                            "CLINICAL_FUNCTION",
                            "EMPLOYER_OR_FUND_CONTACT",
                            "PHYSICAL_TRAINING",
                            "DIET_AND_EXERCISE",
                            "COPING_COURSE",
                            "HEALTH_NAVIGATOR",
                            "SOCIAL_SUPPORT")));

    /** The package courses: three intervention areas times two intensities. */
    static final List<String> COURSES = List.of(
            "WORKPLACE_MENTAL_BASIC",
            "WORKPLACE_MENTAL_EXTENDED",
            "WORKPLACE_PHYSICAL_BASIC",
            "WORKPLACE_PHYSICAL_EXTENDED",
            "INTERDISCIPLINARY_BASIC",
            "INTERDISCIPLINARY_EXTENDED");

    /** Packages for citizens expected back within three months: their bonus window is the short one. */
    static boolean isShort(String packageCode) {
        return "P1".equals(packageCode) || "P3".equals(packageCode);
    }

    private static Activity basic(String code, String name, Integer deadlineDays) {
        return new Activity(code, name, ActivityKind.BASIC, deadlineDays);
    }

    private static Activity supplementary(String code, String name) {
        return new Activity(code, name, ActivityKind.SUPPLEMENTARY, null);
    }
}
