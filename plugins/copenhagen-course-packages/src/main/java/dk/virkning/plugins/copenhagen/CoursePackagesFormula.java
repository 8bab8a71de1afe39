package dk.virkning.plugins.copenhagen;

import dk.virkning.spi.Dkk;
import dk.virkning.spi.FormulaContext;
import dk.virkning.spi.FormulaException;
import dk.virkning.spi.FormulaResult;
import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.LifecycleEvent;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.PaymentFormula;
import dk.virkning.spi.PendingKind;
import dk.virkning.spi.PendingOutcome;
import dk.virkning.spi.ResultLine;
import dk.virkning.spi.WeeklyStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Copenhagen's course payments (DOMAIN.md 6.4): a package course's price, {@code startShare} of it
 * at the start and the rest at completion, plus a recovery bonus when the first week {@code k ≥ 0}
 * whose status is not sickness benefit is self-supporting and {@code k} is inside the package's bonus
 * window. The bonus is pending while an unknown week comes first. Events after the period's last day
 * are not seen.
 */
@Extension
public class CoursePackagesFormula implements PaymentFormula {

    @Override
    public String id() {
        return CoursePackagesModel.ID;
    }

    @Override
    public FormulaResult evaluate(FormulaContext context) throws FormulaException {
        CoursePackagesTerms terms = CoursePackagesTerms.of(context.terms());
        LocalDate lastDay = context.period().lastDay();
        IsoWeek horizon = context.period().horizon();
        List<ResultLine> lines = new ArrayList<>();
        List<PendingOutcome> pending = new ArrayList<>();
        BigDecimal earned = Dkk.zero();
        for (ParticipantInput p : context.participants()) {
            Optional<LifecycleEvent> start = first(p, LifecycleEvent.PACKAGE_COURSE_STARTED, lastDay);
            if (start.isEmpty()) {
                continue;
            }
            String course = Objects.requireNonNullElse(start.get().attribute(LifecycleEvent.COURSE), "");
            String packageCode = Objects.requireNonNullElse(start.get().attribute(LifecycleEvent.PACKAGE), "");
            BigDecimal price = terms.price(course);
            BigDecimal atStart = Dkk.round(price.multiply(terms.startShare()));
            lines.add(new ResultLine(p.participantId(), "COURSE_START", course + " started", BigDecimal.ONE, atStart));
            earned = earned.add(atStart);
            if (first(p, LifecycleEvent.PACKAGE_COURSE_COMPLETED, lastDay).isPresent()) {
                // The rest of the rounded price, so that start and completion add up to it exactly.
                BigDecimal rest = Dkk.round(price).subtract(atStart);
                lines.add(new ResultLine(
                        p.participantId(), "COURSE_COMPLETION", course + " completed", BigDecimal.ONE, rest));
                earned = earned.add(rest);
            }
            int window = Catalogue.isShort(packageCode) ? terms.bonusWeeksShort() : terms.bonusWeeksLong();
            for (int k = 0; k < window; k++) {
                WeeklyStatus status = p.statusAsOf(k, horizon);
                if (status == WeeklyStatus.UNKNOWN) {
                    pending.add(new PendingOutcome(
                            p.participantId(),
                            "RECOVERY_BONUS",
                            "week k = " + k + " is not known yet",
                            PendingKind.BONUS,
                            Dkk.round(terms.recoveryBonus())));
                    break;
                }
                if (status != WeeklyStatus.SICKNESS_BENEFIT) {
                    if (status == WeeklyStatus.SELF_SUPPORTING) {
                        BigDecimal bonus = Dkk.round(terms.recoveryBonus());
                        lines.add(new ResultLine(
                                p.participantId(),
                                "RECOVERY_BONUS",
                                "self-supporting in week k = " + k + ", within " + window + " weeks",
                                BigDecimal.ONE,
                                bonus));
                        earned = earned.add(bonus);
                    }
                    break;
                }
            }
        }
        return new FormulaResult(earned, lines, pending);
    }

    private static Optional<LifecycleEvent> first(ParticipantInput p, String type, LocalDate lastDay) {
        return p.events().stream()
                .filter(e -> e.type().equals(type) && !e.date().isAfter(lastDay))
                .min((a, b) -> a.date().compareTo(b.date()));
    }
}
