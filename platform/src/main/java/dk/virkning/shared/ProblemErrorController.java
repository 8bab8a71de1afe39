package dk.virkning.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page as a problem detail, whatever the client accepts: what the container or a filter
 * answered with {@code sendError} (firewall rejections, TRACE, a failed filter) arrives here. It
 * never echoes the path or a message. Asked for directly, {@code /error} does not exist.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status) || status < 400) {
            problems.write(response, HttpStatus.NOT_FOUND, "not-found", "No such resource");
            return;
        }
        HttpStatusCode httpStatus = HttpStatusCode.valueOf(status);
        problems.write(response, httpStatus, ErrorSlugs.of(status), ErrorSlugs.detail(status));
    }
}
