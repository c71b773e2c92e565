package org.anslag.it.support;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML handling for assertions on server-rendered pages. */
public final class Html {

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
            Map.entry("aring", "å"), Map.entry("Aring", "Å"), Map.entry("auml", "ä"), Map.entry("Auml", "Ä"),
            Map.entry("ouml", "ö"), Map.entry("Ouml", "Ö"), Map.entry("eacute", "é"), Map.entry("Eacute", "É"));

    private Html() {
    }

    /** Replaces character references (numeric and the usual named ones) by their characters. */
    public static String unescape(String html) {
        Matcher matcher = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String entity = matcher.group(1);
            String replacement;
            if (entity.startsWith("#x")) {
                replacement = new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            } else if (entity.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            } else {
                replacement = NAMED.getOrDefault(entity, matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The element with the given id and what follows up to its closing tag of the given name (inclusive). */
    public static String element(String html, String id, String closingTag) {
        int start = html.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no element with id " + id + " in:\n" + WebClient.abbreviate(html));
        }
        int end = html.indexOf("</" + closingTag + ">", start);
        return end < 0 ? html.substring(start) : html.substring(start, end + closingTag.length() + 3);
    }
}
