package dk.virkning.console.web;

import dk.virkning.client.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** What every console page has (the person, the current path), and API errors shown as a page. */
@ControllerAdvice(basePackages = "dk.virkning.console")
class ConsoleAdvice {

    @ModelAttribute("user")
    ConsoleUser user(@AuthenticationPrincipal OidcUser person) {
        return person == null ? null : ConsoleUser.of(person);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** An API error that no form handles: its problem detail as a page, with the API's status. */
    @ExceptionHandler(ApiException.class)
    ModelAndView apiProblem(ApiException e, @AuthenticationPrincipal OidcUser person, HttpServletRequest request) {
        ConsoleProblem problem = ConsoleProblem.of(e);
        ModelAndView page = new ModelAndView("console/problem");
        page.addObject("problem", problem);
        page.addObject("user", person == null ? null : ConsoleUser.of(person));
        page.addObject("currentPath", request.getRequestURI());
        HttpStatus status = HttpStatus.resolve(problem.status());
        page.setStatus(status == null ? HttpStatus.BAD_GATEWAY : status);
        return page;
    }
}
