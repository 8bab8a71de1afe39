package dk.virkning.spi.testkit;

import dk.virkning.spi.IsoWeek;
import dk.virkning.spi.ParticipantInput;
import dk.virkning.spi.StatusTimeline;
import dk.virkning.spi.WeeklyStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A cohort file: one participant per line, {@code participant,targetGroup,startWeek,statuses}, where
 * statuses has one letter per week from the start week, in the platform's snapshot alphabet
 * (see {@link #LETTERS}): S self-supporting, D sickness benefit (dagpenge), J job clarification, R
 * resource course, A unemployment benefit, K cash benefit, F flex job, V revalidation, P disability
 * pension, E education, O other benefit, ? unknown. Lines starting with {@code #} are comments.
 */
public final class Cohort {

    /** One letter per status, in {@link WeeklyStatus} order. */
    public static final String LETTERS = "SDJRAKFVPEO?";

    private Cohort() {}

    /** Reads a cohort file. */
    public static List<ParticipantInput> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses cohort text. */
    public static List<ParticipantInput> parse(String text) {
        List<ParticipantInput> participants = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("participant,")) {
                continue;
            }
            String[] f = trimmed.split(",", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException(
                        "line " + lineNo + ": expected participant,targetGroup,startWeek,statuses");
            }
            participants.add(new ParticipantInput(
                    f[0].trim(), f[1].trim(), IsoWeek.parse(f[2]), null, null, null, statuses(f[3].trim(), lineNo)));
        }
        return participants;
    }

    /** A timeline from letters, e.g. {@code "DDDSSSS"}. */
    public static StatusTimeline statuses(String letters, int lineNo) {
        WeeklyStatus[] all = WeeklyStatus.values();
        List<WeeklyStatus> weeks = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            int i = LETTERS.indexOf(c);
            if (i < 0) {
                throw new IllegalArgumentException("line " + lineNo + ": unknown status letter '" + c + "'");
            }
            weeks.add(all[i]);
        }
        return StatusTimeline.of(weeks);
    }
}
