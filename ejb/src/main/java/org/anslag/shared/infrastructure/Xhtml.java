package org.anslag.shared.infrastructure;

import java.util.Arrays;

/** Text written into XHTML documents, so a name with "<" or "&" prints as typed. */
public final class Xhtml {

    private Xhtml() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // control characters other than line breaks and tabs are not allowed in XML
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Text inside a quoted CSS string, as the page header and footer are written; escape it for XHTML too. */
    public static String cssString(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ');
    }

    /**
     * Plain text as XHTML: a block's first line "== Heading" becomes a heading, blank lines separate
     * paragraphs, and lines starting "- " become a list.
     */
    public static String blocks(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : text.strip().split("\n\\s*\n")) {
            String[] lines = block.split("\n");
            if (lines[0].startsWith("== ")) {
                out.append("<h1>").append(escape(lines[0].substring(3).strip())).append("</h1>\n");
                lines = Arrays.copyOfRange(lines, 1, lines.length);
            }
            StringBuilder paragraph = new StringBuilder();
            boolean inList = false;
            for (String line : lines) {
                boolean item = line.startsWith("- ");
                if (item && !inList) {
                    flush(out, paragraph);
                    out.append("<ul>\n");
                } else if (!item && inList) {
                    out.append("</ul>\n");
                }
                inList = item;
                if (item) {
                    out.append("<li>").append(escape(line.substring(2).strip())).append("</li>\n");
                } else {
                    paragraph.append(paragraph.isEmpty() ? "" : "<br/>").append(escape(line));
                }
            }
            if (inList) {
                out.append("</ul>\n");
            }
            flush(out, paragraph);
        }
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            out.append("<p>").append(paragraph).append("</p>\n");
            paragraph.setLength(0);
        }
    }
}
