package org.anslag.learning;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;

/** Finds a downloadable figure by its name, builds it for the asker and records the export. */
@Stateless
public class FigureExports {

    @Inject
    @Any
    Instance<FigureSource> sources;
    @Inject
    AuditLog audit;

    public Figure figure(Actor actor, String name, Map<String, String> filters, Locale locale) {
        FigureSource source = sources.stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("figure " + name));
        Figure figure = source.figure(actor, filters, locale);
        audit.record(actor.username(), "EXPORT_FIGURE", "figure:" + name,
                figure.rows().size() + " rows, filters " + new TreeMap<>(filters));
        return figure;
    }
}
