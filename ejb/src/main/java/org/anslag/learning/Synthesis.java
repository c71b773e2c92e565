package org.anslag.learning;

import java.util.List;

/**
 * What a synthesis document holds, every text already in the reader's language: a title page,
 * the notes (the programme's, then per project) and every learning figure as a table.
 */
public record Synthesis(String title, List<String> titlePage, String notesHeading, List<Section> notes, String noNotes,
                        String figuresHeading, List<Figure> figures, String noFigures) {

    /** The notes about the programme or one project, under a heading naming it. */
    public record Section(String heading, List<Note> notes) {
        public Section {
            notes = List.copyOf(notes);
        }
    }

    /** One note: who wrote it when, and what. */
    public record Note(String byline, String body) {
    }

    public Synthesis {
        titlePage = List.copyOf(titlePage);
        notes = List.copyOf(notes);
        figures = List.copyOf(figures);
    }
}
