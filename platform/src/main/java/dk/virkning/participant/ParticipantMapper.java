package dk.virkning.participant;

import dk.virkning.api.model.Consent;
import dk.virkning.api.model.CurrentPhase;
import dk.virkning.api.model.ExitReason;
import dk.virkning.api.model.TimelineEntry;
import dk.virkning.spi.ReferralFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Between participants and their API form. */
@Component
class ParticipantMapper {

    private final Clock clock;

    ParticipantMapper(Clock clock) {
        this.clock = clock;
    }

    dk.virkning.api.model.Participant toApi(Participant p) {
        LocalDate today = LocalDate.now(clock);
        Referral r = p.referral();
        return new dk.virkning.api.model.Participant()
                .id(p.id().value())
                .programId(p.program().value())
                .targetGroup(p.targetGroup())
                .startWeek(p.startWeek().toString())
                .enrolledAt(p.enrolledAt().atOffset(ZoneOffset.UTC))
                .status(dk.virkning.api.model.Participant.StatusEnum.fromValue(p.status()))
                .referral(new dk.virkning.api.model.Referral()
                        .referredOn(r.referredOn() == null ? p.startDay() : r.referredOn())
                        .visitationCategory(r.facts().visitationCategory())
                        .expectedLongerThanThreeMonths(r.facts().expectedLongerThanThreeMonths())
                        .healthUnclear(r.facts().healthUnclear())
                        .socialProblems(r.facts().socialProblems())
                        .seriousIllness(r.facts().seriousIllness())
                        .permanentlyReducedCapacity(r.facts().permanentlyReducedCapacity())
                        .primaryBarrier(
                                r.facts().primaryBarrier() == null
                                        ? null
                                        : dk.virkning.api.model.Referral.PrimaryBarrierEnum.fromValue(
                                                r.facts().primaryBarrier()))
                        .note(r.note()))
                .consent(p.consent()
                        .map(c -> new Consent()
                                .givenOn(c.givenOn())
                                .recordedBy(c.recordedBy())
                                .recordedAt(c.recordedAt().atOffset(ZoneOffset.UTC))
                                .withdrawnOn(c.withdrawnOn())
                                .withdrawalRecordedBy(c.withdrawalRecordedBy()))
                        .orElse(null))
                .currentPhase(p.currentPhase()
                        .map(c -> new CurrentPhase()
                                .phase(c.phase())
                                .startedOn(c.startedOn())
                                .dueBy(c.dueBy())
                                .overdue(c.overdueOn(today)))
                        .orElse(null))
                .exitedOn(p.exitedOn().orElse(null))
                .exitReason(
                        p.exitReason().map(e -> ExitReason.fromValue(e.name())).orElse(null));
    }

    Referral referral(dk.virkning.api.model.Referral r) {
        return new Referral(
                r.getReferredOn(),
                new ReferralFacts(
                        r.getVisitationCategory(),
                        r.getExpectedLongerThanThreeMonths(),
                        r.getHealthUnclear(),
                        r.getSocialProblems(),
                        r.getSeriousIllness(),
                        r.getPermanentlyReducedCapacity(),
                        r.getPrimaryBarrier() == null
                                ? null
                                : r.getPrimaryBarrier().getValue()),
                r.getNote());
    }

    static TimelineEntry toApi(ParticipantEvents.TimelineEntry e) {
        return new TimelineEntry()
                .type(e.type())
                .date(e.date())
                .detail(e.detail())
                .recordedAt(e.recordedAt().atOffset(ZoneOffset.UTC))
                .recordedBy(e.recordedBy());
    }
}
