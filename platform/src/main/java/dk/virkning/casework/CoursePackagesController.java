package dk.virkning.casework;

import dk.virkning.api.CoursePackagesApi;
import dk.virkning.api.model.Completion;
import dk.virkning.api.model.CoursePackage;
import dk.virkning.api.model.CoursePackageChoice;
import dk.virkning.participant.ParticipantId;
import dk.virkning.program.ProgramId;
import dk.virkning.security.CurrentUser;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CoursePackagesController implements CoursePackagesApi {

    private final CoursePackages packages;

    CoursePackagesController(CoursePackages packages) {
        this.packages = packages;
    }

    @Override
    @PreAuthorize(Roles.STAFF)
    public ResponseEntity<CoursePackage> getCoursePackage(String municipalityId, UUID programId, UUID participantId) {
        return ResponseEntity.ok(
                toApi(packages.get(CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId))));
    }

    @Override
    @PreAuthorize(Roles.WORKERS)
    public ResponseEntity<CoursePackage> chooseCoursePackage(
            String municipalityId, UUID programId, UUID participantId, CoursePackageChoice body) {
        return ResponseEntity.ok(toApi(packages.choose(
                CurrentUser.get(),
                new ProgramId(programId),
                new ParticipantId(participantId),
                body.getPackageCode(),
                body.getCourseCode(),
                body.getStartedOn(),
                body.getReason())));
    }

    @Override
    @PreAuthorize(Roles.WORKERS)
    public ResponseEntity<CoursePackage> completeCoursePackage(
            String municipalityId, UUID programId, UUID participantId, Completion body) {
        return ResponseEntity.ok(toApi(packages.complete(
                CurrentUser.get(), new ProgramId(programId), new ParticipantId(participantId), body.getOn())));
    }

    private static CoursePackage toApi(CoursePackages.Choice c) {
        return new CoursePackage()
                .recommendedPackage(c.recommended().packageCode())
                .recommendedCourse(c.recommended().courseCode())
                .recommendationReason(c.recommended().reason())
                .chosenPackage(c.chosenPackage())
                .chosenCourse(c.chosenCourse())
                .overrideReason(c.overrideReason())
                .chosenBy(c.chosenBy())
                .startedOn(c.startedOn())
                .completedOn(c.completedOn());
    }
}
