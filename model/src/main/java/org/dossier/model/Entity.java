package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A named thing with every surface form merged into it.
 *
 * @param name     canonical name
 * @param aliases  every other surface form found for it
 * @param roles    titles and functions the text gives it ("US Secretary of State")
 * @param mentions every place it is named
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<String> roles,
                     List<Evidence> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
