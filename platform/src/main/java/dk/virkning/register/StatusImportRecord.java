package dk.virkning.register;

import dk.virkning.plugin.api.IsoWeek;
import dk.virkning.program.ProgramId;
import java.time.Instant;
import java.util.UUID;

/**
 * A completed import.
 *
 * @param id the import's id
 * @param program the program
 * @param contentSha256 SHA-256 of the coverage and the file
 * @param coverageFrom the first week covered
 * @param coverageTo the last week covered
 * @param rows data rows in the file
 * @param personsCovered participants covered
 * @param personWeeks person-weeks written
 * @param importedAt when
 */
public record StatusImportRecord(
        UUID id,
        ProgramId program,
        String contentSha256,
        IsoWeek coverageFrom,
        IsoWeek coverageTo,
        long rows,
        int personsCovered,
        long personWeeks,
        Instant importedAt) {}
