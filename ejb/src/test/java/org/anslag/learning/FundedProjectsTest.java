package org.anslag.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.junit.jupiter.api.Test;

/** What the funded-projects list says under each programme's table: which rows of how many, and where to turn. */
class FundedProjectsTest {

    private static List<GrantApplication> rows(int n) {
        return Collections.nCopies(n, (GrantApplication) null); // only the count matters here
    }

    @Test
    void theMiddlePageShowsItsRowsAndBothWaysOn() {
        var page = new LearningProjects.FundedProjects(rows(25), 2, 3, 60);
        assertThat(page.firstShown()).isEqualTo(26);
        assertThat(page.lastShown()).isEqualTo(50);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void theLastPageShowsTheRestAndNoNextPage() {
        var page = new LearningProjects.FundedProjects(rows(10), 3, 3, 60);
        assertThat(page.firstShown()).isEqualTo(51);
        assertThat(page.lastShown()).isEqualTo(60);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aProgrammeWithoutProjectsShowsNothingAndNoPages() {
        var page = new LearningProjects.FundedProjects(List.of(), 1, 1, 0);
        assertThat(page.firstShown()).isZero();
        assertThat(page.lastShown()).isZero();
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.hasNext()).isFalse();
    }
}
