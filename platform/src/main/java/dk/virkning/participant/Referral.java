package dk.virkning.participant;

import dk.virkning.spi.ReferralFacts;
import java.time.LocalDate;

/**
 * A referral (visitation): the day, the facts a model may price and a free-text note.
 *
 * @param referredOn the day of the referral, or {@code null} for a participant enrolled before referrals were kept
 * @param facts the facts
 * @param note free text, or {@code null}
 */
public record Referral(LocalDate referredOn, ReferralFacts facts, String note) {}
