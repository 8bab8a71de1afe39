package dk.virkning.console.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start (each person to the page their work starts on) and its public pages. */
@Controller("consoleHomeController")
class HomeController {

    @GetMapping({"/console", "/console/"})
    String home(@AuthenticationPrincipal OidcUser person) {
        return "redirect:" + ConsoleUser.of(person).home();
    }

    @GetMapping("/console/no-role")
    String noRole() {
        return "console/no-role";
    }

    @GetMapping("/console/signed-out")
    String signedOut() {
        return "console/signed-out";
    }

    @GetMapping("/console/sign-in-failed")
    String signInFailed() {
        return "console/sign-in-failed";
    }
}
