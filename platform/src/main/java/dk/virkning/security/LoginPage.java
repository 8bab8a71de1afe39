package dk.virkning.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The embedded issuer's sign-in page, in Danish or English by the browser's language, in the
 * console's look; it replaces Spring Security's generated English page. The form posts to Spring
 * Security's form login ({@code POST /login}) with its CSRF token.
 */
@Controller
class LoginPage {

    @GetMapping(SignInRateLimitFilter.LOGIN)
    String login(@RequestParam(name = "error", required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return "signin/login";
    }
}
