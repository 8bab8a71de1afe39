package dk.virkning.register;

import dk.virkning.participant.ParticipantId;
import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.plugin.api.WeeklyStatus;

/** One valid data row: a participant's status in a week. */
record ParsedRow(ParticipantId participant, IsoWeek week, WeeklyStatus status) {}
