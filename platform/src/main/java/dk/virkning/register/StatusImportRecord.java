package dk.virkning.register;

import dk.virkning.program.ProgramId;
import dk.virkning.spi.IsoWeek;
import java.time.Instant;
import java.util.UUID;

/**
 * A completed import.
 *
 * @param id the import's id
 * @param program the program
 * @param format the file's format
 * @param contentSha256 SHA-256 of the coverage and the file
 * @param coverageFrom the first week covered
 * @param coverageTo the last week covered
 * @param rows data rows in the file
 * @param personsCovered participants covered
 * @param personWeeks person-weeks written
 * @param changedWeeks person-weeks whose status this import set or changed ({@code null} for imports
 *     made before it was counted)
 * @param importedAt when
 */
public record StatusImportRecord(
        UUID id,
        ProgramId program,
        RegisterFormat format,
        String contentSha256,
        IsoWeek coverageFrom,
        IsoWeek coverageTo,
        long rows,
        int personsCovered,
        long personWeeks,
        Long changedWeeks,
        Instant importedAt) {}
