package dk.virkning.console.casework;

import dk.virkning.client.ApiException;
import dk.virkning.client.api.ActivitiesApi;
import dk.virkning.client.model.Worklist;
import dk.virkning.client.model.WorklistItem;
import dk.virkning.client.model.WorklistScope;
import dk.virkning.console.web.ConsoleApi;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A caseworker's worklist: tasks, follow-ups and overdue phases, overdue first, then by due date. */
@Controller("consoleWorklistController")
class WorklistController {

    static final Comparator<WorklistItem> OVERDUE_FIRST = Comparator.comparing(
                    (WorklistItem item) -> !Boolean.TRUE.equals(item.getOverdue()))
            .thenComparing(WorklistItem::getDueOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

    private final ConsoleApi api;

    WorklistController(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping("/console/municipalities/{municipality}/worklist")
    String worklist(@PathVariable String municipality, @RequestParam(defaultValue = "ALL") String scope, Model model)
            throws ApiException {
        WorklistScope chosen = "MINE".equals(scope) ? WorklistScope.MINE : WorklistScope.ALL;
        Worklist worklist = new ActivitiesApi(api.client()).getWorklist(municipality, chosen);
        List<WorklistItem> items =
                worklist.getItems().stream().sorted(OVERDUE_FIRST).toList();
        model.addAttribute("municipality", municipality);
        model.addAttribute("worklist", worklist);
        model.addAttribute("items", items);
        model.addAttribute("scope", chosen.getValue());
        return "console/casework/worklist";
    }
}
