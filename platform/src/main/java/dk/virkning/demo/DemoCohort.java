package dk.virkning.demo;

import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.WeeklyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A deterministic synthetic cohort: the same shape gives the same citizens and weeks. Each citizen is
 * on sickness benefit (a few in job clarification) until a recovery week, after which they are mostly
 * self-supporting with an occasional relapse; some never recover within the data.
 */
final class DemoCohort {

    /** One synthetic citizen; {@code benefit} is the status they start on. */
    record Citizen(String cpr, IsoWeek start, WeeklyStatus benefit, List<WeeklyStatus> weeks) {

        /** The citizen's first self-supporting week index {@code k}, if the data has one. */
        Optional<Integer> firstSelfSupporting() {
            int k = weeks.indexOf(WeeklyStatus.SELF_SUPPORTING);
            return k < 0 ? Optional.empty() : Optional.of(k);
        }
    }

    /**
     * What to generate.
     *
     * @param seed the random seed
     * @param size the number of citizens
     * @param first the first start week
     * @param dataWeeks how many weeks of statuses from {@code first} on
     * @param spreadWeeks starts spread over this many weeks from {@code first}
     * @param jobClarificationPercent the percentage drawn at random to start in job clarification
     * @param jobClarificationEvery when positive, instead every this many-th citizen starts in job
     *     clarification, so that target groups fill exactly to their capacities
     */
    record Shape(
            long seed,
            int size,
            IsoWeek first,
            int dataWeeks,
            int spreadWeeks,
            int jobClarificationPercent,
            int jobClarificationEvery) {

        /** The original Norddjurs shape: starts over one quarter, one in five in job clarification. */
        static Shape of(long seed, int size, IsoWeek first, int dataWeeks) {
            return new Shape(seed, size, first, dataWeeks, 13, 20, 0);
        }

        IsoWeek last() {
            return first.plusWeeks(dataWeeks - 1L);
        }
    }

    private DemoCohort() {}

    static List<Citizen> generate(Shape shape) {
        Random random = new Random(shape.seed());
        List<Citizen> citizens = new ArrayList<>();
        for (int i = 0; i < shape.size(); i++) {
            // Fictitious CPR numbers: day 01-28, month 01-12, serials from 9000 (never a real series here).
            String cpr = String.format(
                    "%02d%02d%02d%04d",
                    1 + random.nextInt(28), 1 + random.nextInt(12), 60 + random.nextInt(40), 9000 + i);
            IsoWeek start = shape.first().plusWeeks(random.nextInt(shape.spreadWeeks()));
            int offset = (int) shape.first().weeksUntil(start);
            boolean recovers = random.nextDouble() < 0.7;
            int recovery = 6 + random.nextInt(50);
            boolean drawn = random.nextDouble() < shape.jobClarificationPercent() / 100.0;
            boolean clarification = shape.jobClarificationEvery() > 0
                    ? i % shape.jobClarificationEvery() == shape.jobClarificationEvery() - 1
                    : drawn;
            WeeklyStatus benefit = clarification ? WeeklyStatus.JOB_CLARIFICATION : WeeklyStatus.SICKNESS_BENEFIT;
            List<WeeklyStatus> weeks = new ArrayList<>();
            for (int k = 0; k < shape.dataWeeks() - offset; k++) {
                if (!recovers || k < recovery) {
                    weeks.add(benefit);
                } else {
                    weeks.add(random.nextDouble() < 0.06 ? WeeklyStatus.CASH_BENEFIT : WeeklyStatus.SELF_SUPPORTING);
                }
            }
            citizens.add(new Citizen(cpr, start, benefit, weeks));
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
