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
 * @param scope whom the import covers: the persons it lists, or (imports before issue 13) every
 *     participant enrolled at the time
 * @param personsCovered participants covered
 * @param personWeeks person-weeks covered (each covered participant's covered weeks from their start)
 * @param personsChanged participants with at least one week this import set, changed or made unknown
 *     ({@code null} for imports made before it was counted)
 * @param changedWeeks person-weeks whose status this import set, changed or made unknown ({@code null}
 *     for imports made before it was counted)
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
        CoverageScope scope,
        int personsCovered,
        long personWeeks,
        Integer personsChanged,
        Long changedWeeks,
        Instant importedAt) {

    /** This record with its change counts. */
    StatusImportRecord withChanges(int persons, long weeks) {
        return new StatusImportRecord(
                id,
                program,
                format,
                contentSha256,
                coverageFrom,
                coverageTo,
                rows,
                scope,
                personsCovered,
                personWeeks,
                persons,
                weeks,
                importedAt);
    }
}
