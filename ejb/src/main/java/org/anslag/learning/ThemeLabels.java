package org.anslag.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.anslag.call.Programme;
import org.anslag.organisation.County;

/** The learning figures' headings and filter names in the reader's language (bundle org.anslag.learning.themes). */
final class ThemeLabels {

    private final ResourceBundle bundle;

    ThemeLabels(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org.anslag.learning.themes", locale);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    List<String> all(String... keys) {
        List<String> labels = new ArrayList<>();
        for (String key : keys) {
            labels.add(get(key));
        }
        return labels;
    }

    /** The cover's filters: the programme always, the others as chosen or "all". */
    List<Figure.Filter> filters(Programme programme, ThemeFilter filter, County county) {
        String all = get("filter.all");
        return List.of(new Figure.Filter(get("filter.programme"), programme.getName()),
                new Figure.Filter(get("filter.callType"), filter.callType() == null ? all : get("callType." + filter.callType())),
                new Figure.Filter(get("filter.period"), filter.period() == null ? all : filter.period().toString()),
                new Figure.Filter(get("filter.year"), filter.year() == null ? all : filter.year().toString()),
                new Figure.Filter(get("filter.county"), county == null ? all : county.getName()));
    }
}
