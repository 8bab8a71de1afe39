package dk.virkning.shared;

import dk.virkning.api.model.PageInfo;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

/** Translates between the API's page parameters and Spring Data pages. */
public final class Pages {

    private Pages() {}

    /** The deepest item a page may reach (page x size), far beyond any real list, far below overflow. */
    public static final long MAX_OFFSET = 1_000_000;

    public static PageRequest request(Integer page, Integer size, Sort sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0 || s < 1 || (long) p * s > MAX_OFFSET) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-parameter",
                    "A parameter is invalid",
                    List.of(ProblemError.field("page", "page x size must not exceed " + MAX_OFFSET)));
        }
        return PageRequest.of(p, s, sort);
    }

    public static PageInfo info(Page<?> page) {
        return new PageInfo()
                .page(page.getNumber())
                .size(page.getSize())
                .totalItems(page.getTotalElements())
                .totalPages(page.getTotalPages());
    }
}
