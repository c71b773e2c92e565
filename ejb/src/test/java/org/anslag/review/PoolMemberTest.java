package org.anslag.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.anslag.organisation.TestOrganisations;
import org.junit.jupiter.api.Test;

/** An evaluator is kept away from applications of the employer and of every declared affiliation. */
class PoolMemberTest {

    private static final Instant ADDED = Instant.parse("2026-11-01T09:00:00Z");
    private static final long SUNDSVALL = TestOrganisations.sundsvall().getId();
    private static final long TIMRA = TestOrganisations.timra().getId();
    private static final long HARNOSAND = TestOrganisations.harnosand().getId();

    @Test
    void anExternalExpertIsExcludedWhereTheEmployerTakesPart() {
        PoolMember sofia = new PoolMember(null, TestOrganisations.evaluator("sofia", TestOrganisations.timra()), true, null, ADDED);

        assertThat(sofia.worksAtAnyOf(List.of(SUNDSVALL, TIMRA))).isTrue();
        assertThat(sofia.tieTo(List.of(SUNDSVALL, TIMRA))).isEqualTo(TIMRA);
        assertThat(sofia.worksAtAnyOf(List.of(SUNDSVALL))).isFalse();
    }

    @Test
    void anInternalEvaluatorIsExcludedWhereADeclaredAffiliationTakesPart() {
        PoolMember erik = new PoolMember(null,
                TestOrganisations.evaluator("erik", null, TestOrganisations.harnosand()), false, null, ADDED);

        assertThat(erik.worksAtAnyOf(List.of(SUNDSVALL, HARNOSAND))).as("board member in Härnösand").isTrue();
        assertThat(erik.tieTo(List.of(SUNDSVALL, HARNOSAND))).isEqualTo(HARNOSAND);
        assertThat(erik.worksAtAnyOf(List.of(SUNDSVALL, TIMRA))).isFalse();
    }
}
