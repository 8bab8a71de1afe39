package dk.virkning.shared;

import dk.virkning.api.model.PageInfo;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Translates between the API's page parameters and Spring Data pages. */
public final class Pages {

    private Pages() {}

    public static PageRequest request(Integer page, Integer size, Sort sort) {
        return PageRequest.of(page == null ? 0 : page, size == null ? 50 : size, sort);
    }

    public static PageInfo info(Page<?> page) {
        return new PageInfo()
                .page(page.getNumber())
                .size(page.getSize())
                .totalItems(page.getTotalElements())
                .totalPages(page.getTotalPages());
    }
}
