package org.anslag.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pages of one area may use another area's, but never in a circle; a failure names the cycle. */
@AnalyzeClasses(packages = "org.anslag.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebAreasTest {

    @ArchTest
    static final ArchRule pageAreasDependOnEachOtherWithoutCycles = slices().matching("org.anslag.web.(*)..")
            .namingSlices("$1").should().beFreeOfCycles();
}
