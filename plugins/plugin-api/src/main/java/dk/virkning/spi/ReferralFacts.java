package dk.virkning.spi;

/**
 * The facts recorded when a citizen was referred (visitation), as far as a contract may price them.
 * Booleans are {@code null} when not recorded.
 *
 * @param visitationCategory the visitation category (data, not an enum: the categories change by law)
 * @param expectedLongerThanThreeMonths whether sick leave is expected to last beyond three months
 * @param healthUnclear whether the health situation is unclear
 * @param socialProblems whether there are social problems besides the illness
 * @param seriousIllness whether the illness is on the ministry's list of serious illnesses
 * @param permanentlyReducedCapacity whether there are indications of permanently reduced work capacity
 * @param primaryBarrier the primary barrier to work, {@code MENTAL} or {@code PHYSICAL}, or {@code null}
 */
public record ReferralFacts(
        String visitationCategory,
        Boolean expectedLongerThanThreeMonths,
        Boolean healthUnclear,
        Boolean socialProblems,
        Boolean seriousIllness,
        Boolean permanentlyReducedCapacity,
        String primaryBarrier) {

    /** Facts without a primary barrier (the form before plugin API 1.0.0 added it). */
    public ReferralFacts(
            String visitationCategory,
            Boolean expectedLongerThanThreeMonths,
            Boolean healthUnclear,
            Boolean socialProblems,
            Boolean seriousIllness,
            Boolean permanentlyReducedCapacity) {
        this(
                visitationCategory,
                expectedLongerThanThreeMonths,
                healthUnclear,
                socialProblems,
                seriousIllness,
                permanentlyReducedCapacity,
                null);
    }

    /** Facts where nothing was recorded. */
    public static ReferralFacts none() {
        return new ReferralFacts(null, null, null, null, null, null, null);
    }
}
