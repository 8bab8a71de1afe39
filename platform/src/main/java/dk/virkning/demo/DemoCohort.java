package dk.virkning.demo;

import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.WeeklyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic cohort: the same seed gives the same citizens and weeks. Each citizen is
 * on sickness benefit (a few in job clarification) until a recovery week, after which they are mostly
 * self-supporting with an occasional relapse; some never recover within the data.
 */
final class DemoCohort {

    /** One synthetic citizen. */
    record Citizen(String cpr, IsoWeek start, List<WeeklyStatus> weeks) {}

    private DemoCohort() {}

    /**
     * @param size the number of citizens
     * @param first the first start week; starts spread over the following 13 weeks
     * @param dataWeeks how many weeks of statuses from {@code first} on
     */
    static List<Citizen> generate(long seed, int size, IsoWeek first, int dataWeeks) {
        Random random = new Random(seed);
        List<Citizen> citizens = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // Fictitious CPR numbers: day 01-28, month 01-12, serials from 9000 (never a real series here).
            String cpr = String.format(
                    "%02d%02d%02d%04d",
                    1 + random.nextInt(28), 1 + random.nextInt(12), 60 + random.nextInt(40), 9000 + i);
            IsoWeek start = first.plusWeeks(random.nextInt(13));
            int offset = (int) first.weeksUntil(start);
            boolean recovers = random.nextDouble() < 0.7;
            int recovery = 6 + random.nextInt(50);
            WeeklyStatus benefit =
                    random.nextDouble() < 0.2 ? WeeklyStatus.JOB_CLARIFICATION : WeeklyStatus.SICKNESS_BENEFIT;
            List<WeeklyStatus> weeks = new ArrayList<>();
            for (int k = 0; k < dataWeeks - offset; k++) {
                if (!recovers || k < recovery) {
                    weeks.add(benefit);
                } else {
                    weeks.add(random.nextDouble() < 0.06 ? WeeklyStatus.CASH_BENEFIT : WeeklyStatus.SELF_SUPPORTING);
                }
            }
            citizens.add(new Citizen(cpr, start, weeks));
        }
        return citizens;
    }

    /** The citizens' weeks as a long-format CSV; self-supporting weeks are left out, as in the register. */
    static String csv(List<Citizen> citizens) {
        StringBuilder out = new StringBuilder("cpr,week,code\n");
        for (Citizen c : citizens) {
            for (int k = 0; k < c.weeks().size(); k++) {
                WeeklyStatus status = c.weeks().get(k);
                if (status != WeeklyStatus.SELF_SUPPORTING) {
                    out.append(c.cpr())
                            .append(',')
                            .append(c.start().plusWeeks(k))
                            .append(',')
                            .append(status.name())
                            .append('\n');
                }
            }
        }
        return out.toString();
    }
}
